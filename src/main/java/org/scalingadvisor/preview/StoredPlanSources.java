package org.scalingadvisor.preview;

import com.zaxxer.hikari.HikariDataSource;
import org.scalingadvisor.records.RecordedPlans;
import org.scalingadvisor.store.SavedPlans;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans a database holds, read without the service: the latest version of every saved plan and the
 * latest record of each recently evaluated distinct plan (as a reload's impact replays them). Nothing is
 * written: an embedded database is opened read-only and never created.
 */
public final class StoredPlanSources {

    /** The service's default database (application.yml, datasources.default.url). */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/scaling-advisor;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH";

    private StoredPlanSources() {
    }

    public static List<PreviewPlan> read(String url, String user, String password, int limit) throws SQLException {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new SQLException("the database URL must start with jdbc:h2: or jdbc:postgresql: (" + url + ")");
        }
        List<PreviewPlan> plans = new ArrayList<>();
        try (HikariDataSource dataSource = new HikariDataSource()) {
            // Never create an empty embedded database where a path was mistyped, and never write to any.
            dataSource.setJdbcUrl(url.startsWith("jdbc:h2:") ? url + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r" : url);
            dataSource.setUsername(user);
            dataSource.setPassword(password);
            dataSource.setReadOnly(true);
            dataSource.setMaximumPoolSize(1);
            dataSource.setInitializationFailTimeout(-1);
            for (SavedPlans.SavedPlan saved : SavedPlans.latestVersions(dataSource, limit)) {
                plans.add(new PreviewPlan("saved plan", saved.id() + " version " + saved.version() + " '" + saved.title() + "'",
                        saved.plan(), null));
            }
            for (RecordedPlans.RecordedPlan recorded : RecordedPlans.latest(dataSource, limit)) {
                plans.add(new PreviewPlan("decision record", recorded.evaluationId() + " '" + recorded.title() + "'"
                        + (recorded.audience() == null ? "" : " (audience " + recorded.audience() + ")"), recorded.plan(), recorded.audience()));
            }
        }
        return plans;
    }
}
