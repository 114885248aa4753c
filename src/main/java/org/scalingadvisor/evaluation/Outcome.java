package org.scalingadvisor.evaluation;

import java.util.List;

/**
 * What a plan's evaluation comes to, without the report around it: the verdict, the rule ids of the
 * first actions, and the rule ids of every advice item in rank order. Equal to the full evaluation's
 * {@code summary.verdict}, {@code summary.firstActions} and its items' ids.
 */
public record Outcome(String verdict, List<String> firstActions, List<String> items) {

    public Outcome {
        firstActions = List.copyOf(firstActions);
        items = List.copyOf(items);
    }

    /** The outcome of a full evaluation (every item, whatever audience it was shown to). */
    public static Outcome of(Evaluation evaluation) {
        return new Outcome(evaluation.summary().verdict(), evaluation.summary().firstActions(),
                evaluation.advice().stream().map(Evaluation.Item::ruleId).toList());
    }
}
