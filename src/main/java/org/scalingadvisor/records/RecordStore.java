package org.scalingadvisor.records;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads decision records and their bodies, and purges those past retention (plain JDBC, outside transactions). */
final class RecordStore {

    /**
     * What a list asks for; null parts do not filter. The cursor is the last record of the previous page;
     * client, when set, keeps only that client's records.
     */
    record Filter(String reference, String verdict, String policyOutcome, Instant since, Instant until, String rulesetVersion,
                  RecordCursor after, int limit, String client) {
    }

    private static final String COLUMNS = "evaluation_id, recorded_at, reference, client, request_id, title, verdict,"
            + " audience, ruleset_version, plan_hash, evaluation_hash, policy_name, policy_outcome";

    private final DataSource dataSource;

    RecordStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Optional<StoredRecord> find(String evaluationId) throws SQLException {
        return one("select " + COLUMNS + " from decision_record where evaluation_id = ?", evaluationId);
    }

    Optional<StoredRecord> findByIdempotencyKey(String scopedKey) throws SQLException {
        return one("select " + COLUMNS.replace("evaluation_id", "r.evaluation_id") + " from idempotency_key k"
                + " join decision_record r on r.evaluation_id = k.evaluation_id where k.scoped_key = ?", scopedKey);
    }

    /** The body stored under the hash, decompressed. */
    Optional<byte[]> body(byte[] hash) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select body from content_blob where hash = ?")) {
            q.setBytes(1, hash);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(Blobs.gunzip(rs.getBytes(1))) : Optional.empty();
            }
        }
    }

    /** Newest first (ties by id, descending); at most filter.limit() rows. */
    List<StoredRecord> list(Filter filter) throws SQLException {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from decision_record where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.reference() != null) {
            sql.append(" and reference = ?");
            args.add(filter.reference());
        }
        if (filter.client() != null) {
            sql.append(" and client = ?");
            args.add(filter.client());
        }
        if (filter.verdict() != null) {
            sql.append(" and verdict = ?");
            args.add(filter.verdict());
        }
        if (filter.policyOutcome() != null) {
            sql.append(" and policy_outcome = ?");
            args.add(filter.policyOutcome());
        }
        if (filter.since() != null) {
            sql.append(" and recorded_at >= ?");
            args.add(filter.since().atOffset(ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            sql.append(" and recorded_at < ?");
            args.add(filter.until().atOffset(ZoneOffset.UTC));
        }
        if (filter.rulesetVersion() != null) {
            sql.append(" and ruleset_version = ?");
            args.add(filter.rulesetVersion());
        }
        if (filter.after() != null) {
            OffsetDateTime at = filter.after().recordedAt().atOffset(ZoneOffset.UTC);
            sql.append(" and (recorded_at < ? or (recorded_at = ? and evaluation_id < ?))");
            args.add(at);
            args.add(at);
            args.add(filter.after().evaluationId());
        }
        sql.append(" order by recorded_at desc, evaluation_id desc limit ").append(filter.limit());
        return many(sql.toString(), args);
    }

    /** As below, looking back over at most fifty records per plan wanted (at least 5 000). */
    List<StoredRecord> latestDistinctPlans(int plans) throws SQLException {
        return latestDistinctPlans(plans, Math.max(plans * 50, 5_000));
    }

    /**
     * The latest record of each of the most recently evaluated distinct plans, newest first, looking no
     * further back than {@code window} records (so a long run of one plan costs a bounded read).
     */
    List<StoredRecord> latestDistinctPlans(int plans, int window) throws SQLException {
        Map<java.nio.ByteBuffer, StoredRecord> distinct = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select " + COLUMNS + " from decision_record"
                     + " order by recorded_at desc, evaluation_id desc limit " + window)) {
            q.setFetchSize(500);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next() && distinct.size() < plans) {
                    StoredRecord row = row(rs);
                    distinct.putIfAbsent(java.nio.ByteBuffer.wrap(row.planHash()), row);
                }
            }
        }
        return List.copyOf(distinct.values());
    }

    /**
     * Deletes records made before {@code before}, and bodies no writer has touched since
     * {@code untouchedSince} (which no record kept can name: see content_blob.touched_at); returns the
     * records deleted.
     */
    int purge(Instant before, Instant untouchedSince) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int records;
            try (PreparedStatement keys = c.prepareStatement("delete from idempotency_key where evaluation_id in"
                    + " (select evaluation_id from decision_record where recorded_at < ?)")) {
                keys.setObject(1, before.atOffset(ZoneOffset.UTC));
                keys.executeUpdate();
            }
            try (PreparedStatement delete = c.prepareStatement("delete from decision_record where recorded_at < ?")) {
                delete.setObject(1, before.atOffset(ZoneOffset.UTC));
                records = delete.executeUpdate();
            }
            try (PreparedStatement delete = c.prepareStatement("delete from content_blob where touched_at < ?")) {
                delete.setObject(1, untouchedSince.atOffset(ZoneOffset.UTC));
                delete.executeUpdate();
            }
            return records;
        }
    }

    private Optional<StoredRecord> one(String sql, String arg) throws SQLException {
        List<StoredRecord> rows = many(sql, List.of(arg));
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private List<StoredRecord> many(String sql, List<Object> args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                q.setObject(i + 1, args.get(i));
            }
            List<StoredRecord> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        }
    }

    private static StoredRecord row(ResultSet rs) throws SQLException {
        return new StoredRecord(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getBytes(10), rs.getBytes(11), rs.getString(12), rs.getString(13));
    }
}
