package org.scalingadvisor.api;

import org.scalingadvisor.http.ApiException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.Policy;
import org.scalingadvisor.ruleset.Ruleset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One plan through the service, the same for a single POST and for each item of a batch:
 * read strictly → evaluate → judge by the policy asked for → show the audience asked for.
 */
@Singleton
final class PlanEvaluations {

    private static final Logger LOG = LoggerFactory.getLogger(PlanEvaluations.class);

    private final PlanReader reader;
    private final Evaluator evaluator;
    private final AdvisorMetrics metrics;

    PlanEvaluations(PlanReader reader, Evaluator evaluator, AdvisorMetrics metrics) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.metrics = metrics;
    }

    /** The policy named by the {@code policy} query parameter (null when absent), or the 400 answer listing the known names. */
    static Policy policy(Ruleset ruleset, @Nullable String name) {
        if (name == null) {
            return null;
        }
        return ruleset.policies().named(name).orElseThrow(() -> ApiException.badParameter("policy",
                ruleset.policies().names().isEmpty() ? "no policies are loaded (rules/policies/ is empty)"
                        : "policy must be one of " + String.join(", ", ruleset.policies().names())));
    }

    /** The 400 answer for an audience that is not one of Kind.AUDIENCES. */
    static void checkAudience(@Nullable String audience) {
        if (audience != null && !Kind.AUDIENCES.contains(audience)) {
            throw ApiException.badParameter("audience", "audience must be one of " + String.join(", ", Kind.AUDIENCES));
        }
    }

    /**
     * Evaluates a plan body with {@code ruleset}. The policy judges the whole plan, whatever the audience
     * filter, so two readers of one plan never see different outcomes.
     */
    Evaluation evaluate(byte[] body, Ruleset ruleset, @Nullable String audience, @Nullable Policy policy)
            throws PlanRejectedException {
        long start = System.nanoTime();
        ScalingPlan plan;
        try {
            plan = reader.read(body);
        } catch (PlanRejectedException e) {
            metrics.rejected(e.reason().name());
            throw e;
        }
        Evaluation evaluation = evaluator.evaluate(plan, ruleset, audience, policy);
        long nanos = System.nanoTime() - start;
        metrics.evaluated(evaluation.summary().verdict(), nanos);
        if (LOG.isInfoEnabled()) {
            long hundredths = (nanos + 5_000) / 10_000; // milliseconds to 2 places, without String.format
            LOG.info("evaluation {} ruleset {} verdict {} items {}{} in {}.{}{} ms", evaluation.evaluationId(), ruleset.version(),
                    evaluation.summary().verdict(), evaluation.advice().size(),
                    policy == null ? "" : " policy " + policy.name() + " " + evaluation.policy().outcome(),
                    hundredths / 100, (hundredths / 10) % 10, hundredths % 10);
        }
        return evaluation;
    }
}
