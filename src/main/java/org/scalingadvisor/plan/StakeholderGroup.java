package org.scalingadvisor.plan;

/** A stakeholder group, each belonging to one side of the system (CONTRACT section 1). */
public enum StakeholderGroup {
    PROFESSIONALS(StakeholderSide.PROFESSIONAL),
    CLINICIANS(StakeholderSide.PROFESSIONAL),
    FRONTLINE_STAFF(StakeholderSide.PROFESSIONAL),
    MANAGERS(StakeholderSide.PROFESSIONAL),
    COMMISSIONERS(StakeholderSide.SYSTEM),
    POLICY_MAKERS(StakeholderSide.SYSTEM),
    REGULATORS(StakeholderSide.SYSTEM),
    PROVIDERS(StakeholderSide.SYSTEM),
    SERVICE_USERS(StakeholderSide.USER),
    CARERS(StakeholderSide.USER),
    FAMILIES(StakeholderSide.USER),
    CITIZENS(StakeholderSide.USER),
    USER_NETWORKS(StakeholderSide.USER),
    VOLUNTARY_SECTOR(StakeholderSide.SYSTEM),
    INNOVATORS(StakeholderSide.INNOVATOR);

    private final StakeholderSide side;

    StakeholderGroup(StakeholderSide side) {
        this.side = side;
    }

    /** The side of the system (professional, system or user) this group belongs to. */
    public StakeholderSide side() {
        return side;
    }
}
