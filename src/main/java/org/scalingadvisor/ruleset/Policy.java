package org.scalingadvisor.ruleset;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A policy from {@code policies/} in the rules folder: what makes a submission FAIL for a commissioner,
 * in the advisor's own terms (verdicts, items per band, myths diagnosed, questions left unanswered).
 */
@Serdeable
public record Policy(String name, String description, String rationale, String file, Criteria failWhen) {

    /**
     * Any one criterion met fails the plan. Empty criteria never fire. {@code itemsInBand} maps a band to the
     * number of advice items (strengths aside) in it that fail a plan; {@code unansweredQuestions} holds GAP
     * rule ids and knowledge ids (any question citing the id).
     */
    @Serdeable
    public record Criteria(List<String> verdicts, Map<String, Integer> itemsInBand, List<String> myths,
                           List<String> unansweredQuestions) {
    }
}
