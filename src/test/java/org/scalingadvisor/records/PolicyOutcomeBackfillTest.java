package org.scalingadvisor.records;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Records made before V7 get the policy outcome their stored evaluation holds, so a filter by it misses none. */
class PolicyOutcomeBackfillTest {

    private static final String URL = "jdbc:h2:mem:backfill;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void recordsMadeBeforeTheColumnsExistedAreFilledInFromTheirEvaluations() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            insert(c, "judged", "{\"evaluationId\":\"\",\"policy\":{\"name\":\"strict\",\"outcome\":\"FAIL\",\"reasons\":[]}}");
            insert(c, "unjudged", "{\"evaluationId\":\"\",\"summary\":{\"verdict\":\"READY\"}}");
        }
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "");
             PreparedStatement q = c.prepareStatement("select evaluation_id, policy_name, policy_outcome from decision_record order by evaluation_id");
             ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            assertEquals("judged", rs.getString(1));
            assertEquals("strict", rs.getString(2));
            assertEquals("FAIL", rs.getString(3));
            assertTrue(rs.next());
            assertEquals("unjudged", rs.getString(1));
            assertNull(rs.getString(2));
            assertNull(rs.getString(3));
        }
    }

    private static void insert(Connection c, String id, String evaluation) throws Exception {
        byte[] body = evaluation.getBytes(StandardCharsets.UTF_8);
        byte[] hash = Blobs.sha256(body);
        try (PreparedStatement blob = c.prepareStatement("insert into content_blob (hash, body, body_size, touched_at) values (?, ?, ?, ?)")) {
            blob.setBytes(1, hash);
            blob.setBytes(2, Blobs.gzip(body));
            blob.setInt(3, body.length);
            blob.setObject(4, OffsetDateTime.now());
            blob.executeUpdate();
        }
        try (PreparedStatement record = c.prepareStatement("insert into decision_record (evaluation_id, recorded_at, request_id,"
                + " title, verdict, ruleset_version, plan_hash, evaluation_hash) values (?, ?, 'r', 't', 'READY', 'v', ?, ?)")) {
            record.setString(1, id);
            record.setObject(2, OffsetDateTime.now());
            record.setBytes(3, hash);
            record.setBytes(4, hash);
            record.executeUpdate();
        }
    }
}
