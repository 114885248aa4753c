package org.scalingadvisor.plan;

/** How spread is paid for. */
public enum FundingModel {
    CENTRAL_GRANT,
    ADOPTER_PAID,
    COMMISSIONED,
    PUMP_PRIME_THEN_HANDOVER,
    NONE_YET
}
