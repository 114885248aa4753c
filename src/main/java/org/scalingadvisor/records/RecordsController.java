package org.scalingadvisor.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.scalingadvisor.http.ApiException;
import org.scalingadvisor.http.References;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.http.Caller;
import org.scalingadvisor.http.Callers;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.ruleset.RulesetHolder;
import org.scalingadvisor.store.PlanComparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decision records (CONTRACT §7): one by id, a filtered list with cursor paging, and a replay of a
 * stored plan with the rules served now. Public, with its answer records, because the API
 * description is checked against them.
 */
@Controller("/api/v1/evaluations")
@ExecuteOn("evaluations")
public class RecordsController {

    /** A record in a list; {@code policy} and {@code policyOutcome} are null when no policy was asked for. */
    @Serdeable
    public record RecordSummary(String evaluationId, Instant recordedAt, @Nullable String reference, String title,
                                String verdict, String rulesetVersion, @Nullable String policy, @Nullable String policyOutcome) {
    }

    /** A page of records, newest first; {@code next} is the cursor for the page after it (null on the last). */
    @Serdeable
    public record RecordList(List<RecordSummary> evaluations, @Nullable String next) {
    }

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    private static final Set<String> VERDICTS = Set.of("READY", "NEEDS_WORK", "NOT_READY");
    private static final Set<String> POLICY_OUTCOMES = Set.of("PASS", "FAIL");
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{12}|[0-9a-f]{64}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DecisionRecords records;
    private final PlanReader reader;
    private final Evaluator evaluator;
    private final RulesetHolder rules;
    private final JsonMapper apiMapper;

    RecordsController(DecisionRecords records, PlanReader reader, Evaluator evaluator, RulesetHolder rules,
                      JsonMapper apiMapper) {
        this.records = records;
        this.reader = reader;
        this.evaluator = evaluator;
        this.rules = rules;
        this.apiMapper = apiMapper;
    }

    @Get(uri = "/{evaluationId}", produces = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> record(HttpRequest<?> request, @PathVariable String evaluationId) {
        DecisionRecords.Found found = find(evaluationId, Callers.of(request));
        ObjectNode body = (ObjectNode) read(found.evaluationJson());
        StoredRecord row = found.row();
        body.put("recordedAt", row.recordedAt().toString());
        body.put("reference", row.reference());
        body.put("client", row.client());
        body.put("requestId", row.requestId());
        body.put("audience", row.audience());
        return HttpResponse.ok(write(body)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    RecordList list(HttpRequest<?> request, @Nullable @QueryValue String reference, @Nullable @QueryValue String verdict,
                    @Nullable @QueryValue String policyOutcome,
                    @Nullable @QueryValue String since, @Nullable @QueryValue String until,
                    @Nullable @QueryValue String rulesetVersion, @Nullable @QueryValue String limit,
                    @Nullable @QueryValue String cursor) {
        requireEnabled();
        References.check(reference);
        if (verdict != null && !VERDICTS.contains(verdict)) {
            throw ApiException.badParameter("verdict", "verdict must be one of READY, NEEDS_WORK, NOT_READY");
        }
        if (policyOutcome != null && !POLICY_OUTCOMES.contains(policyOutcome)) {
            throw ApiException.badParameter("policyOutcome", "policyOutcome must be PASS or FAIL (records judged by a policy,"
                    + " asked for with ?policy= when evaluating)");
        }
        if (rulesetVersion != null && !VERSION.matcher(rulesetVersion).matches()) {
            throw ApiException.badParameter("rulesetVersion", "rulesetVersion must be a rule set version (12 hexadecimal"
                    + " digits, as evaluations and GET /api/v1/rulesets name it) or its full 64-digit content hash");
        }
        if (rulesetVersion != null) {
            rulesetVersion = rulesetVersion.substring(0, 12); // a version is the first 12 digits of the content hash
        }
        int size = limit(limit);
        RecordCursor after = cursor == null ? null : RecordCursor.decode(cursor).orElseThrow(() ->
                ApiException.badParameter("cursor", "cursor must be the 'next' value of a previous page, unchanged"));
        RecordStore.Filter filter = new RecordStore.Filter(reference, verdict, policyOutcome, instant("since", since), instant("until", until),
                rulesetVersion, after, size + 1, readsAll(Callers.of(request)) ? null : Callers.of(request).client());
        List<StoredRecord> rows = records.list(filter);
        List<StoredRecord> page = rows.size() > size ? rows.subList(0, size) : rows;
        String next = rows.size() > size
                ? new RecordCursor(page.get(size - 1).recordedAt(), page.get(size - 1).evaluationId()).encode() : null;
        return new RecordList(page.stream().map(r -> new RecordSummary(r.evaluationId(), r.recordedAt(), r.reference(),
                r.title(), r.verdict(), r.rulesetVersion(), r.policyName(), r.policyOutcome())).toList(), next);
    }

    /**
     * Evaluates the stored plan again with the rules served now (and the audience filter and policy of
     * the original; policyChange says whether the policy's outcome changed). A what-if, not a decision: it is not stored, and its evaluationId names no record.
     */
    @Post(uri = "/{evaluationId}/replay", produces = MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> replay(HttpRequest<?> request, @PathVariable String evaluationId) {
        DecisionRecords.Found found = find(evaluationId, Callers.of(request));
        byte[] planBytes = records.plan(found.row());
        String policy = DecisionRecords.policyOf(found.evaluationJson());
        Evaluation current;
        try {
            current = Reevaluation.of(evaluator, reader.read(planBytes), rules.current(), found.row().audience(), policy);
        } catch (PlanRejectedException e) {
            throw ApiException.of(422, "stored_plan_invalid", "Unprocessable Content", "the plan stored with evaluation "
                    + evaluationId + " is no longer a valid plan for this service (" + e.getMessage() + ")");
        }
        JsonNode plan = read(planBytes);
        JsonNode original = read(found.evaluationJson());
        JsonNode now = read(serialise(current));
        PlanComparison.Changes changes = PlanComparison.between(plan, original, plan, now);
        ObjectNode body = JSON.createObjectNode();
        body.set("original", original);
        body.set("current", now);
        body.set("changes", JSON.valueToTree(changes));
        if (policy != null) {
            // The machine decision: the record's policy as the rules served now have it (absent when they lost it).
            ObjectNode policyChange = body.putObject("policyChange");
            policyChange.put("name", policy);
            policyChange.put("from", original.path("policy").path("outcome").asText());
            policyChange.put("to", current.policy() == null ? "none" : current.policy().outcome());
            policyChange.put("changed", !policyChange.path("from").asText().equals(policyChange.path("to").asText()));
        }
        return HttpResponse.ok(write(body)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The record, when the caller may read it: their own client's, or any for an auditor (and on a personal instance). */
    private DecisionRecords.Found find(String evaluationId, Caller caller) {
        requireEnabled();
        if (!ID.matcher(evaluationId).matches()) {
            throw notFound(evaluationId);
        }
        return records.find(evaluationId).filter(found -> readsAll(caller) || Objects.equals(found.row().client(), caller.client()))
                .orElseThrow(() -> notFound(evaluationId));
    }

    private static boolean readsAll(Caller caller) {
        return caller.auditor();
    }

    private void requireEnabled() {
        if (!records.enabled()) {
            throw ApiException.of(404, "records_disabled", "Not Found", "This service keeps no decision records"
                    + " (advisor.records.enabled is false), so none can be read, listed or replayed.");
        }
    }

    private static ApiException notFound(String evaluationId) {
        return ApiException.notFound("no decision record has the id '" + evaluationId
                + "'; GET /api/v1/evaluations lists them (records older than the retention period are deleted)");
    }

    private static int limit(String limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (!limit.matches("[0-9]{1,3}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_LIMIT) {
            throw ApiException.badParameter("limit", "limit must be a whole number from 1 to " + MAX_LIMIT);
        }
        return Integer.parseInt(limit);
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        Instant at;
        try {
            at = java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, name + " must be a date and time with its offset, e.g. 2026-11-22T09:00:00Z");
        }
        if (at.isBefore(java.time.Instant.parse("0001-01-01T00:00:00Z")) || at.isAfter(RecordCursor.LATEST)) {
            throw ApiException.badParameter(name, name + " must be between the years 1 and 9999");
        }
        return at;
    }

    private byte[] serialise(Evaluation evaluation) {
        try {
            return apiMapper.writeValueAsBytes(evaluation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored body is not JSON", e);
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
