package org.scalingadvisor.facts;

/** One stakeholder group the plan names; role, network and engagementRoute are null when not said. */
public final class Stakeholder implements PlanFact {

    private final int index;
    private final String group;
    private final String side;
    private final String role;
    private final String network;
    private final Boolean engagementRoute;

    public Stakeholder(int index, String group, String side, String role, String network, Boolean engagementRoute) {
        this.index = index;
        this.group = group;
        this.side = side;
        this.role = role;
        this.network = network;
        this.engagementRoute = engagementRoute;
    }

    public int getIndex() {
        return index;
    }

    public String getGroup() {
        return group;
    }

    /** PROFESSIONAL, SYSTEM or USER. */
    public String getSide() {
        return side;
    }

    public String getRole() {
        return role;
    }

    public String getNetwork() {
        return network;
    }

    public Boolean getEngagementRoute() {
        return engagementRoute;
    }

    /** True when the group is engaged as an agent: involved, co-producing or leading. */
    public boolean isAgent() {
        return "INVOLVED".equals(role) || "CO_PRODUCING".equals(role) || "LEADING".equals(role);
    }

    @Override
    public String getPointer() {
        return "/stakeholders/" + index;
    }

    @Override
    public String toString() {
        return "stakeholder " + index + " " + group;
    }
}
