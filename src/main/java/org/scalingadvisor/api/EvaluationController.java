package org.scalingadvisor.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.ruleset.Policy;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetHolder;

/** POST /api/v1/evaluations: evaluate one plan with the rule set being served, optionally judged by a policy. */
@Controller("/api/v1")
class EvaluationController {

    /** The executor evaluations and reloads run on, so the event loop never waits for them (application.yml). */
    static final String EVALUATIONS = "evaluations";

    private final RulesetHolder rules;
    private final PlanEvaluations evaluations;

    EvaluationController(RulesetHolder rules, PlanEvaluations evaluations) {
        this.rules = rules;
        this.evaluations = evaluations;
    }

    @Post(uri = "/evaluations", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(EVALUATIONS)
    Evaluation evaluate(@Body byte[] body,
                        @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                        @Nullable @QueryValue String audience,
                        @Nullable @QueryValue String policy) throws PlanRejectedException {
        JsonContentType.require(contentType);
        PlanEvaluations.checkAudience(audience);
        // One rule set for the whole request: the policy and the evaluation come from the same load.
        Ruleset ruleset = rules.current();
        Policy chosen = PlanEvaluations.policy(ruleset, policy);
        return evaluations.evaluate(body, ruleset, audience, chosen);
    }
}
