package org.scalingadvisor.records;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The one writer of decision records in this instance: requests hand it rows and wait (without
 * holding a thread) for the commit; it writes whatever has queued up in one transaction (group
 * commit), so a burst of evaluations costs a few commits, not one each. A record's time is its
 * batch's commit time, so within an instance time order is commit order.
 */
final class RecordWriter {

    private static final Logger LOG = LoggerFactory.getLogger(RecordWriter.class);
    /** How long a writer trusts that a blob it stored or touched is still there (see content_blob.touched_at). */
    static final long TRUST_MILLIS = 60 * 60 * 1000L;
    private static final int MAX_TRUSTED = 100_000;

    /** One record to write; hashes are SHA-256 of the uncompressed bodies. */
    record Row(String evaluationId, String reference, String client, String requestId, String idempotencyKey,
               String title, String verdict, String audience, String rulesetVersion,
               byte[] planHash, byte[] plan, byte[] evaluationHash, byte[] evaluation,
               String policyName, String policyOutcome) {
    }

    /** STORED, or KEY_TAKEN when another record already holds the row's idempotency key. */
    enum Result { STORED, KEY_TAKEN }

    record Written(Result result, Instant recordedAt) {
    }

    private record Pending(Row row, CompletableFuture<Written> done) {
    }

    private final DataSource dataSource;
    private final int batchSize;
    private final BlockingQueue<Pending> queue;
    private final Map<ByteBuffer, Long> trusted = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closing;
    private Instant last = Instant.EPOCH;
    /** The last write's failure (its time and kind), or null when the last write was committed. */
    private volatile Failure failing;

    /** When writing last failed, and the kind of fault (its class only: messages may quote the rows). */
    record Failure(Instant at, String fault) {
    }

    RecordWriter(DataSource dataSource, int batchSize, int queueSize) {
        this.dataSource = dataSource;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(queueSize);
        this.thread = new Thread(this::run, "decision-record-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues the row; the future completes once it is committed, or fails (queue full, database fault). */
    CompletableFuture<Written> submit(Row row) {
        CompletableFuture<Written> done = new CompletableFuture<>();
        if (closing || !queue.offer(new Pending(row, done))) {
            done.completeExceptionally(new IllegalStateException(closing ? "the service is stopping"
                    : "more than " + (queue.size() + queue.remainingCapacity()) + " records wait to be written"));
        }
        return done;
    }

    /** Writes what is queued, then stops. No interrupt: an interrupted write could close H2's file under it. */
    void close() throws InterruptedException {
        closing = true;
        thread.join(10_000);
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (true) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (closing && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            write(batch);
            batch.clear();
        }
    }

    /** Null while records are being written; otherwise when and how the last write failed. */
    Failure failing() {
        return failing;
    }

    /**
     * Writes and commits one small row (touching a probe body in content_blob) to learn whether the
     * database takes writes again; clears {@link #failing()} when it does.
     */
    boolean probe() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                try (PreparedStatement touch = connection.prepareStatement("update content_blob set touched_at = ? where hash = ?")) {
                    touch.setObject(1, now.atOffset(ZoneOffset.UTC));
                    touch.setBytes(2, PROBE_HASH);
                    if (touch.executeUpdate() == 0) {
                        try (PreparedStatement insert = connection.prepareStatement("insert into content_blob (hash, body,"
                                + " body_size, touched_at) values (?, ?, ?, ?) on conflict do nothing")) {
                            insert.setBytes(1, PROBE_HASH);
                            insert.setBytes(2, Blobs.gzip(PROBE));
                            insert.setInt(3, PROBE.length);
                            insert.setObject(4, now.atOffset(ZoneOffset.UTC));
                            insert.executeUpdate();
                        }
                    }
                }
                connection.commit();
                failing = null;
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            failing = new Failure(Instant.now(), e.getClass().getSimpleName());
            return false;
        }
    }

    private static final byte[] PROBE = "decision record write probe".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] PROBE_HASH = Blobs.sha256(PROBE);

    private void write(List<Pending> batch) {
        try {
            writeTogether(batch);
            failing = null;
        } catch (SQLException | RuntimeException e) {
            failing = new Failure(Instant.now(), e.getClass().getSimpleName());
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(e);
                return;
            }
            // One bad row must not cost the others their records: write each on its own.
            LOG.warn("writing {} decision records together failed ({}); writing them one by one", batch.size(), e.toString());
            for (Pending pending : batch) {
                try {
                    writeTogether(List.of(pending));
                    failing = null;
                } catch (SQLException | RuntimeException one) {
                    failing = new Failure(Instant.now(), one.getClass().getSimpleName());
                    pending.done().completeExceptionally(one);
                }
            }
        }
    }

    private void writeTogether(List<Pending> batch) throws SQLException {
        Instant now = next();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<ByteBuffer> touched = ensureBlobs(connection, batch, now);
                boolean[] taken = new boolean[batch.size()];
                try (PreparedStatement insert = connection.prepareStatement("insert into decision_record (evaluation_id,"
                        + " recorded_at, reference, client, request_id, title, verdict, audience, ruleset_version, plan_hash,"
                        + " evaluation_hash, policy_name, policy_outcome) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (Pending pending : batch) {
                        Row row = pending.row();
                        insert.setString(1, row.evaluationId());
                        insert.setObject(2, now.atOffset(ZoneOffset.UTC));
                        setNullable(insert, 3, row.reference());
                        setNullable(insert, 4, row.client());
                        insert.setString(5, row.requestId());
                        insert.setString(6, row.title());
                        insert.setString(7, row.verdict());
                        setNullable(insert, 8, row.audience());
                        insert.setString(9, row.rulesetVersion());
                        insert.setBytes(10, row.planHash());
                        insert.setBytes(11, row.evaluationHash());
                        setNullable(insert, 12, row.policyName());
                        setNullable(insert, 13, row.policyOutcome());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                claimKeys(connection, batch, taken);
                connection.commit();
                long millis = System.currentTimeMillis();
                if (trusted.size() > MAX_TRUSTED) {
                    trusted.clear();
                }
                touched.forEach(hash -> trusted.put(hash, millis));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).done().complete(new Written(taken[i] ? Result.KEY_TAKEN : Result.STORED, now));
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /**
     * Claims the Idempotency-Keys of the rows that have one. A key held already (by an earlier request,
     * or an earlier row of this batch) is not claimed again: that row's record is deleted before the
     * commit, and the row is marked taken, so the caller answers with the first record instead.
     */
    private static void claimKeys(Connection connection, List<Pending> batch, boolean[] taken) throws SQLException {
        List<Integer> keyed = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (batch.get(i).row().idempotencyKey() != null) {
                keyed.add(i);
            }
        }
        if (keyed.isEmpty()) {
            return;
        }
        int[] claimed;
        try (PreparedStatement claim = connection.prepareStatement("insert into idempotency_key (scoped_key, evaluation_id)"
                + " values (?, ?) on conflict do nothing")) {
            for (int i : keyed) {
                claim.setString(1, batch.get(i).row().idempotencyKey());
                claim.setString(2, batch.get(i).row().evaluationId());
                claim.addBatch();
            }
            claimed = claim.executeBatch();
        }
        try (PreparedStatement drop = connection.prepareStatement("delete from decision_record where evaluation_id = ?")) {
            boolean any = false;
            for (int k = 0; k < keyed.size(); k++) {
                if (claimed[k] == 0) {
                    int i = keyed.get(k);
                    taken[i] = true;
                    drop.setString(1, batch.get(i).row().evaluationId());
                    drop.addBatch();
                    any = true;
                }
            }
            if (any) {
                drop.executeBatch();
            }
        }
    }

    /**
     * Makes sure every body the batch names is stored: a body this writer has stored or touched within
     * the last hour is taken as present; any other is touched, and inserted if it is not there.
     */
    private List<ByteBuffer> ensureBlobs(Connection connection, List<Pending> batch, Instant now) throws SQLException {
        long trustedSince = System.currentTimeMillis() - TRUST_MILLIS;
        Map<ByteBuffer, byte[]> needed = new LinkedHashMap<>();
        for (Pending pending : batch) {
            Row row = pending.row();
            need(needed, row.planHash(), row.plan(), trustedSince);
            need(needed, row.evaluationHash(), row.evaluation(), trustedSince);
        }
        if (needed.isEmpty()) {
            return List.of();
        }
        List<ByteBuffer> hashes = new ArrayList<>(needed.keySet());
        int[] touched;
        try (PreparedStatement touch = connection.prepareStatement("update content_blob set touched_at = ? where hash = ?")) {
            for (ByteBuffer hash : hashes) {
                touch.setObject(1, now.atOffset(ZoneOffset.UTC));
                touch.setBytes(2, hash.array());
                touch.addBatch();
            }
            touched = touch.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into content_blob (hash, body, body_size,"
                + " touched_at) values (?, ?, ?, ?) on conflict do nothing")) {
            boolean any = false;
            for (int i = 0; i < hashes.size(); i++) {
                if (touched[i] == 0) {
                    byte[] body = needed.get(hashes.get(i));
                    insert.setBytes(1, hashes.get(i).array());
                    insert.setBytes(2, Blobs.gzip(body));
                    insert.setInt(3, body.length);
                    insert.setObject(4, now.atOffset(ZoneOffset.UTC));
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
        return hashes;
    }

    private void need(Map<ByteBuffer, byte[]> needed, byte[] hash, byte[] body, long trustedSince) {
        ByteBuffer key = ByteBuffer.wrap(hash);
        Long at = trusted.get(key);
        if (at == null || at < trustedSince) {
            needed.putIfAbsent(key, body);
        }
    }

    /** The batch's time: now to the microsecond (what both databases keep), and always after the last batch's. */
    private Instant next() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!now.isAfter(last)) {
            now = last.plus(1, ChronoUnit.MICROS);
        }
        last = now;
        return now;
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
