package org.scalingadvisor.records;

import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.evaluation.PolicyCheck;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;

/**
 * A stored plan asked the same question again with other rules: the same audience and, when the record
 * was judged by a policy, the policy of that name in those rules (absent when they no longer have it).
 * The policy judges the whole plan before the audience filter, as for a POST.
 */
final class Reevaluation {

    private Reevaluation() {
    }

    static Evaluation of(Evaluator evaluator, ScalingPlan plan, Ruleset ruleset, String audience, String policy) {
        Evaluation evaluation = evaluator.evaluate(plan, ruleset, null);
        if (policy != null) {
            var named = ruleset.policies().named(policy);
            if (named.isPresent()) {
                evaluation = evaluation.withPolicy(PolicyCheck.apply(named.get(), evaluation, ruleset.knowledge()));
            }
        }
        return evaluation.forAudience(audience);
    }

    /** The outcome (PASS or FAIL) of the evaluation's policy; "none" when it carries no policy. */
    static String outcome(Evaluation evaluation) {
        return evaluation.policy() == null ? "none" : evaluation.policy().outcome();
    }
}
