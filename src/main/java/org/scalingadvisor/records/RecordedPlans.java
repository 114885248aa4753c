package org.scalingadvisor.records;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The plans real submissions sent, for trying rules on outside the service: the latest record of each of
 * the most recently evaluated distinct plans, as the impact of a reload replays them.
 */
public final class RecordedPlans {

    /** One recorded plan: the record's id, the plan exactly as sent, and the audience filter it was asked with. */
    public record RecordedPlan(String evaluationId, String title, byte[] plan, String audience) {
    }

    private RecordedPlans() {
    }

    /** At most {@code plans} distinct plans, newest first; a plan whose body is gone (purged) is left out. */
    public static List<RecordedPlan> latest(DataSource dataSource, int plans) throws SQLException {
        RecordStore store = new RecordStore(dataSource);
        List<RecordedPlan> found = new ArrayList<>();
        for (StoredRecord row : store.latestDistinctPlans(plans)) {
            store.body(row.planHash()).ifPresent(body -> found.add(new RecordedPlan(row.evaluationId(), row.title(), body, row.audience())));
        }
        return found;
    }
}
