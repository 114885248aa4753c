package org.scalingadvisor.plan;

/** What kind of organisation leads the spread: advice on growing, merging or spinning out fits some and not others. */
public enum LeadOrganisation {
    STATUTORY_BODY,
    CHARITY,
    SOCIAL_ENTERPRISE,
    COMPANY,
    CITIZEN_GROUP,
    PARTNERSHIP
}
