package org.scalingadvisor.store;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The latest saved version of every plan in a database, for trying rules on outside the service. */
public final class SavedPlans {

    /** One plan's latest version: the plan's id, its version number and title, and the plan as saved. */
    public record SavedPlan(String id, int version, String title, byte[] plan) {
    }

    private SavedPlans() {
    }

    /** At most {@code limit} plans, most recently changed first. */
    public static List<SavedPlan> latestVersions(DataSource dataSource, int limit) throws SQLException {
        List<SavedPlan> plans = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select p.id, v.version, p.title, v.plan_json from scaling_plan p"
                     + " join plan_version v on v.plan_id = p.id and v.version = p.latest_version"
                     + " order by p.updated_at desc, p.id limit " + limit)) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    plans.add(new SavedPlan(rs.getString(1), rs.getInt(2), rs.getString(3),
                            rs.getString(4).getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return plans;
    }
}
