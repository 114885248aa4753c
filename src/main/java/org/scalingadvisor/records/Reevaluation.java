package org.scalingadvisor.records;

import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;

/**
 * A stored plan asked the same question again with other rules: the same audience and, when the record
 * was judged by a policy, the policy of that name in those rules (absent when they no longer have it).
 */
final class Reevaluation {

    private Reevaluation() {
    }

    static Evaluation of(Evaluator evaluator, ScalingPlan plan, Ruleset ruleset, String audience, String policy) {
        return evaluator.evaluate(plan, ruleset, audience,
                policy == null ? null : ruleset.policies().named(policy).orElse(null));
    }

    /** The outcome (PASS or FAIL) of the evaluation's policy; "none" when it carries no policy. */
    static String outcome(Evaluation evaluation) {
        return evaluation.policy() == null ? "none" : evaluation.policy().outcome();
    }
}
