package org.scalingadvisor.plan;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One planned activity that supports spread. */
@Serdeable
public record Activity(
        String id,
        ActivityType type,
        List<StakeholderGroup> audiences,
        Double budget,
        Integer startMonth,
        Integer endMonth,
        Boolean ongoing,
        Integer sites,
        String description) {

    /** Copies lists defensively; an absent list stays null. */
    public Activity {
        audiences = audiences == null ? null : List.copyOf(audiences);
    }
}
