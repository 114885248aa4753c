package org.scalingadvisor.api;

import org.scalingadvisor.http.RequestIds;
import org.scalingadvisor.http.JsonContentType;
import org.scalingadvisor.http.References;
import org.scalingadvisor.http.Problem;
import org.scalingadvisor.http.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.scalingadvisor.http.Callers;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.EvaluationJson;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.records.DecisionRecords;
import org.scalingadvisor.ruleset.Policy;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * POST /api/v1/evaluations: evaluate one plan with the rule set being served, and optionally judged by a
 * policy, and keep it as a decision record (CONTRACT §7). The 200 comes once the record is committed, with its Location;
 * if storing fails the evaluation is still the answer, with {@code X-Decision-Record: failed}.
 * The answer is written by {@link EvaluationJson} (the bytes Serde would write, several times faster).
 */
@Controller("/api/v1")
class EvaluationController {

    /** The executor evaluations and reloads run on, so the event loop never waits for them (application.yml). */
    static final String EVALUATIONS = "evaluations";
    /** What became of the decision record: stored, failed, or disabled. */
    static final String RECORD_HEADER = "X-Decision-Record";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final RulesetHolder rules;
    private final PlanEvaluations evaluations;
    private final DecisionRecords records;

    EvaluationController(RulesetHolder rules, PlanEvaluations evaluations, DecisionRecords records) {
        this.rules = rules;
        this.evaluations = evaluations;
        this.records = records;
    }

    @Post(uri = "/evaluations", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(EVALUATIONS)
    CompletableFuture<HttpResponse<?>> evaluate(HttpRequest<?> request, @Body byte[] body,
                                                 @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                                                 @Nullable @QueryValue String audience,
                                                 @Nullable @QueryValue String policy,
                                                 @Nullable @QueryValue String reference,
                                                 @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey)
            throws PlanRejectedException {
        JsonContentType.require(contentType);
        PlanEvaluations.checkAudience(audience);
        References.check(reference);
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw ApiException.badHeader(IDEMPOTENCY_KEY, "Idempotency-Key must be 1 to 200 visible ASCII characters");
        }
        // One rule set for the whole request: the policy and the evaluation come from the same load.
        Ruleset ruleset = rules.current();
        Policy chosen = PlanEvaluations.policy(ruleset, policy);
        String client = Callers.of(request).client();
        String requestId = RequestIds.of(request);
        Optional<DecisionRecords.Outcome> repeated = records.repeat(client, idempotencyKey, body, reference, audience, policy);
        if (repeated.isPresent()) {
            return CompletableFuture.completedFuture(answer(repeated.get()));
        }
        Evaluation evaluation = evaluations.evaluate(body, ruleset, audience, chosen);
        byte[] answer = EvaluationJson.write(evaluation);
        return records.record(body, evaluation, answer, reference, client, requestId, idempotencyKey, audience)
                .thenApply(EvaluationController::answer);
    }

    private static HttpResponse<?> answer(DecisionRecords.Outcome outcome) {
        if (outcome.status() == DecisionRecords.Status.KEY_REUSED) {
            // Answered here rather than thrown: this may run after the commit, outside the controller's call.
            Problem problem = Problem.of(422, "idempotency_key_reused", "Unprocessable Content", outcome.reason()
                    + "; use a new Idempotency-Key for a different request", java.util.List.of());
            return HttpResponse.status(io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY).body(problem)
                    .contentType(MediaType.of(Problem.MEDIA_TYPE));
        }
        MutableHttpResponse<byte[]> response = HttpResponse.ok(outcome.evaluationJson())
                .contentType(MediaType.APPLICATION_JSON_TYPE);
        switch (outcome.status()) {
            case STORED -> response.header(RECORD_HEADER, "stored").header(HttpHeaders.LOCATION, outcome.location());
            case REPEATED -> response.header(RECORD_HEADER, "stored").header(HttpHeaders.LOCATION, outcome.location())
                    .header("Idempotent-Replayed", "true");
            case FAILED -> response.header(RECORD_HEADER, "failed");
            default -> response.header(RECORD_HEADER, "disabled");
        }
        return response;
    }
}
