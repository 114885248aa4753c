package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;

/** People and money available for scaling. */
@Serdeable
public record Resources(
        ScalingLead scalingLead,
        Boolean fundingForSpreadSecured,
        Level staffTurnover,
        FundingModel fundingModel,
        Integer fundingEndsMonth,
        LeadOrganisation leadOrganisation) {
}
