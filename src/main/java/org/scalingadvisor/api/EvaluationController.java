package org.scalingadvisor.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.EvaluationJson;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/v1/evaluations: evaluate one plan with the rule set being served. The answer is written
 * by {@link EvaluationJson} (the bytes Serde would write, several times faster).
 */
@Controller("/api/v1")
class EvaluationController {

    /** The executor evaluations and reloads run on, so the event loop never waits for them (application.yml). */
    static final String EVALUATIONS = "evaluations";

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationController.class);

    private final RulesetHolder rules;
    private final PlanReader reader;
    private final Evaluator evaluator;
    private final AdvisorMetrics metrics;

    EvaluationController(RulesetHolder rules, PlanReader reader, Evaluator evaluator, AdvisorMetrics metrics) {
        this.rules = rules;
        this.reader = reader;
        this.evaluator = evaluator;
        this.metrics = metrics;
    }

    @Post(uri = "/evaluations", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(EVALUATIONS)
    byte[] evaluate(@Body byte[] body,
                        @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                        @Nullable @QueryValue String audience) throws PlanRejectedException {
        JsonContentType.require(contentType);
        if (audience != null && !Kind.AUDIENCES.contains(audience)) {
            throw ApiException.badParameter("audience", "audience must be one of " + String.join(", ", Kind.AUDIENCES));
        }
        long start = System.nanoTime();
        ScalingPlan plan;
        try {
            plan = reader.read(body);
        } catch (PlanRejectedException e) {
            metrics.rejected(e.reason().name());
            throw e;
        }
        Ruleset ruleset = rules.current();
        Evaluation evaluation = evaluator.evaluate(plan, ruleset, audience);
        long nanos = System.nanoTime() - start;
        metrics.evaluated(evaluation.summary().verdict(), nanos);
        if (LOG.isInfoEnabled()) {
            long hundredths = (nanos + 5_000) / 10_000; // milliseconds to 2 places, without String.format
            LOG.info("evaluation {} ruleset {} verdict {} items {} in {}.{}{} ms", evaluation.evaluationId(), ruleset.version(),
                    evaluation.summary().verdict(), evaluation.advice().size(), hundredths / 100,
                    (hundredths / 10) % 10, hundredths % 10);
        }
        return EvaluationJson.write(evaluation);
    }
}
