package db.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.zip.GZIPInputStream;

/**
 * Fills in the policy name and outcome of the decision records made before V7, from the evaluation each
 * keeps (gzip-compressed JSON in content_blob), so a filter by policy outcome misses none of them.
 * Flyway runs it once, in its own transaction, on H2 and PostgreSQL alike.
 */
public class V8__earlier_records_get_their_policy_outcome extends BaseJavaMigration {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement("select r.evaluation_id, b.body from decision_record r"
                + " join content_blob b on b.hash = r.evaluation_hash");
             PreparedStatement write = connection.prepareStatement("update decision_record set policy_name = ?,"
                     + " policy_outcome = ? where evaluation_id = ?")) {
            read.setFetchSize(500);
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    JsonNode policy = JSON.readTree(gunzip(rows.getBytes(2))).path("policy");
                    if (policy.path("name").isTextual() && policy.path("outcome").isTextual()) {
                        write.setString(1, policy.path("name").asText());
                        write.setString(2, policy.path("outcome").asText());
                        write.setString(3, rows.getString(1));
                        write.addBatch();
                        if (++pending == 500) {
                            write.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private static byte[] gunzip(byte[] compressed) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        }
    }
}
