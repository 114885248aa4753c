package org.scalingadvisor.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Plans, newest change first, a page at a time. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanRepository extends CrudRepository<StoredPlan, String> {

    String LISTING = "select id, title, latest_version, verdict, created_at, updated_at from scaling_plan ";

    @Query(LISTING + "order by updated_at desc, id desc limit :limit")
    List<PlanListing> firstPage(int limit);

    /** The plans changed before the cursor's plan (by time, then id). */
    @Query(LISTING + "where updated_at < :updatedAt or (updated_at = :updatedAt and id < :id)"
            + " order by updated_at desc, id desc limit :limit")
    List<PlanListing> pageAfter(Instant updatedAt, String id, int limit);

    /** How many plans the client (null: anonymous) has made. */
    @Query("select count(*) from scaling_plan where client is not distinct from :client")
    long countOf(@Nullable String client);

    /** Locks the plan's row, so two saves cannot take the same version number. */
    Optional<StoredPlan> findByIdForUpdate(String id);
}
