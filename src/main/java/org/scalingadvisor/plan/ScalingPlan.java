package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A scaling plan as submitted for evaluation (the request body); only title is required. */
@Serdeable
public record ScalingPlan(
        String title,
        PlanType planType,
        Sector sector,
        Stage stage,
        Integer durationMonths,
        Innovation innovation,
        Approach approach,
        List<Activity> activities,
        List<Stakeholder> stakeholders,
        Communities communities,
        Movement movement,
        Resources resources,
        Enablers enablers,
        Learning learning,
        PlanContext context,
        Scale scale) {

    /** Copies lists defensively; an absent list stays null. */
    public ScalingPlan {
        activities = activities == null ? null : List.copyOf(activities);
        stakeholders = stakeholders == null ? null : List.copyOf(stakeholders);
    }
}
