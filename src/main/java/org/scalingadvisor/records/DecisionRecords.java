package org.scalingadvisor.records;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.scalingadvisor.evaluation.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Decision records (CONTRACT §7): {@link #record} stores one evaluation, from any controller. The
 * future completes when the record is committed (then it is readable through every instance on the
 * same database) or when storing failed, which is logged and counted (advisor.records.failed) and
 * reported to the caller; the answer itself is never lost.
 */
@Singleton
public class DecisionRecords {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionRecords.class);

    /** What became of a request to record. */
    public enum Status {
        /** Committed; readable by id through any instance. */
        STORED,
        /** The Idempotency-Key was used before with the same request: the first record's answer is repeated. */
        REPEATED,
        /** The Idempotency-Key was used before with a different plan or reference: nothing is stored. */
        KEY_REUSED,
        /** Not stored (the reason says why); the evaluation is still the answer. */
        FAILED,
        /** Storage is switched off (advisor.records.enabled=false). */
        DISABLED
    }

    /**
     * The outcome: for STORED and REPEATED the record's id and the evaluation JSON to answer with (for
     * REPEATED, the first answer's bytes); for FAILED and KEY_REUSED, why.
     */
    public record Outcome(Status status, String evaluationId, byte[] evaluationJson, String reason) {

        /** The record's address (Location), or null when there is no record. */
        public String location() {
            return status == Status.STORED || status == Status.REPEATED ? "/api/v1/evaluations/" + evaluationId : null;
        }
    }

    /** A stored record with the evaluation JSON the caller was answered with. */
    record Found(StoredRecord row, byte[] evaluationJson) {
    }

    private final RecordsSettings settings;
    private final RecordWriter writer;
    private final RecordStore store;
    private final Counter failures;

    DecisionRecords(RecordsSettings settings, DataSource dataSource, MeterRegistry registry) {
        this.settings = settings;
        this.failures = Counter.builder("advisor.records.failed")
                .description("Evaluations answered but not stored as decision records")
                .register(registry);
        if (settings.isEnabled()) {
            DataSource plain = DelegatingDataSource.unwrapDataSource(dataSource);
            this.store = new RecordStore(plain);
            this.writer = new RecordWriter(plain, settings.getBatchSize(), settings.getQueueSize());
        } else {
            this.store = null;
            this.writer = null;
        }
    }

    public boolean enabled() {
        return writer != null;
    }

    /**
     * Null while records can be written; otherwise when and how writing last failed. After a failure
     * each call tries one small write, so readiness comes back by itself once the database takes writes.
     */
    RecordWriter.Failure writeFailure() {
        if (writer == null || writer.failing() == null) {
            return null;
        }
        return writer.probe() ? null : writer.failing();
    }

    /** Records one evaluation for which no audience filter applied. */
    public CompletableFuture<Outcome> record(byte[] planBytes, Evaluation evaluation, byte[] evaluationJson,
                                             String reference, String client, String requestId, String idempotencyKey) {
        return record(planBytes, evaluation, evaluationJson, reference, client, requestId, idempotencyKey, null);
    }

    /**
     * Records one evaluation: the plan exactly as received, the evaluation exactly as answered (JSON,
     * beginning with its evaluationId), the caller's reference, the API key's name (null without keys),
     * the request id, the Idempotency-Key (null when none) and the audience filter applied (null when none).
     */
    public CompletableFuture<Outcome> record(byte[] planBytes, Evaluation evaluation, byte[] evaluationJson,
                                             String reference, String client, String requestId, String idempotencyKey,
                                             String audience) {
        String id = evaluation.evaluationId();
        if (writer == null) {
            return CompletableFuture.completedFuture(new Outcome(Status.DISABLED, id, evaluationJson, null));
        }
        byte[] stored = Blobs.withoutId(evaluationJson, id);
        byte[] body = stored == null ? evaluationJson : stored;
        RecordWriter.Row row = new RecordWriter.Row(id, reference, client, requestId, scoped(client, idempotencyKey),
                evaluation.plan().title(), evaluation.summary().verdict(), audience, evaluation.ruleset().version(),
                Blobs.sha256(planBytes), planBytes, Blobs.sha256(body), body,
                evaluation.policy() == null ? null : evaluation.policy().name(),
                evaluation.policy() == null ? null : evaluation.policy().outcome());
        return writer.submit(row)
                .orTimeout(settings.getCommitTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((written, fault) -> {
                    if (fault != null) {
                        return failed(id, evaluationJson, requestId, fault);
                    }
                    if (written.result() == RecordWriter.Result.KEY_TAKEN) {
                        return repeat(client, idempotencyKey, planBytes, reference, audience,
                                evaluation.policy() == null ? null : evaluation.policy().name())
                                .orElseGet(() -> failed(id, evaluationJson, requestId,
                                        new IllegalStateException("the idempotency key's record could not be read")));
                    }
                    return new Outcome(Status.STORED, id, evaluationJson, null);
                });
    }

    /**
     * For a request with an Idempotency-Key already used by this client: REPEATED with the first answer
     * when the plan bytes, reference, audience and policy are the same, KEY_REUSED when not; empty for a new
     * key (or none).
     */
    public Optional<Outcome> repeat(String client, String idempotencyKey, byte[] planBytes, String reference,
                                    String audience, String policy) {
        if (writer == null || idempotencyKey == null) {
            return Optional.empty();
        }
        try {
            Optional<StoredRecord> first = store.findByIdempotencyKey(scoped(client, idempotencyKey));
            if (first.isEmpty()) {
                return Optional.empty();
            }
            StoredRecord row = first.get();
            byte[] answered = evaluationJson(row);
            String differs = !Arrays.equals(row.planHash(), Blobs.sha256(planBytes)) ? "plan"
                    : !Objects.equals(row.reference(), reference) ? "reference"
                    : !Objects.equals(row.audience(), audience) ? "audience"
                    : !Objects.equals(policyOf(answered), policy) ? "policy" : null;
            if (differs != null) {
                return Optional.of(new Outcome(Status.KEY_REUSED, row.evaluationId(), null,
                        "the Idempotency-Key was first used with a different " + differs + " (evaluation "
                                + row.evaluationId() + ")"));
            }
            return Optional.of(new Outcome(Status.REPEATED, row.evaluationId(), answered, null));
        } catch (SQLException e) {
            throw new RecordsUnavailableException("the decision records could not be read", e);
        }
    }

    /** The record with the evaluation answered; empty when there is none. */
    Optional<Found> find(String evaluationId) {
        try {
            Optional<StoredRecord> row = store.find(evaluationId);
            return row.map(r -> new Found(r, evaluationJson(r)));
        } catch (SQLException e) {
            throw new RecordsUnavailableException("the decision records could not be read", e);
        }
    }

    List<StoredRecord> list(RecordStore.Filter filter) {
        try {
            return store.list(filter);
        } catch (SQLException e) {
            throw new RecordsUnavailableException("the decision records could not be read", e);
        }
    }

    /** The plan bytes the record was made from. */
    byte[] plan(StoredRecord row) {
        try {
            return store.body(row.planHash()).orElseThrow(() -> new IllegalStateException(
                    "the plan of evaluation " + row.evaluationId() + " is missing from content_blob"));
        } catch (SQLException e) {
            throw new RecordsUnavailableException("the decision records could not be read", e);
        }
    }

    List<StoredRecord> latestDistinctPlans(int plans) throws SQLException {
        return store.latestDistinctPlans(plans);
    }

    /**
     * Deletes records older than the retention period, and bodies last touched a day before the oldest
     * record kept: a body is touched at least hourly while in use, so none of them is named by a record
     * kept, and a day's margin absorbs clocks that disagree between instances.
     */
    int purge(Instant now) throws SQLException {
        Instant cutoff = now.minus(settings.getRetention());
        return store.purge(cutoff, cutoff.minus(java.time.Duration.ofDays(1)));
    }

    private byte[] evaluationJson(StoredRecord row) {
        try {
            byte[] body = store.body(row.evaluationHash()).orElseThrow(() -> new IllegalStateException(
                    "the evaluation of " + row.evaluationId() + " is missing from content_blob"));
            return Blobs.withId(body, row.evaluationId());
        } catch (SQLException e) {
            throw new RecordsUnavailableException("the decision records could not be read", e);
        }
    }

    private Outcome failed(String id, byte[] evaluationJson, String requestId, Throwable fault) {
        Throwable cause = fault instanceof java.util.concurrent.CompletionException && fault.getCause() != null
                ? fault.getCause() : fault;
        String reason = cause instanceof java.util.concurrent.TimeoutException
                ? "not confirmed within " + settings.getCommitTimeout().toMillis() + " ms" : cause.toString();
        failures.increment();
        LOG.error("evaluation {} (request {}) was answered but not stored as a decision record: {}", id, requestId, reason);
        return new Outcome(Status.FAILED, id, evaluationJson, reason);
    }

    private static String scoped(String client, String idempotencyKey) {
        return idempotencyKey == null ? null : (client == null ? "-" : client) + " " + idempotencyKey;
    }

    @PreDestroy
    void close() throws InterruptedException {
        if (writer != null) {
            writer.close();
        }
    }

    /** The name of the policy an answered evaluation was judged by; null when none was asked for. */
    static String policyOf(byte[] evaluationJson) {
        try {
            com.fasterxml.jackson.databind.JsonNode name = POLICY_READER.readTree(evaluationJson).path("policy").path("name");
            return name.isTextual() ? name.asText() : null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper POLICY_READER = new com.fasterxml.jackson.databind.ObjectMapper();
}
