package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** How a plan intends to spread the innovation and who takes part in designing it. */
@Serdeable
public record Approach(
        List<Route> routes,
        SpreadPlanningStart spreadPlanningStarts,
        Involvement adopterInvolvement,
        Involvement userInvolvement,
        Boolean diverseAdopters,
        Integer newInnovationsSought) {

    /** Copies lists defensively; an absent list stays null. */
    public Approach {
        routes = routes == null ? null : List.copyOf(routes);
    }
}
