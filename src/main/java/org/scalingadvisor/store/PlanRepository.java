package org.scalingadvisor.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
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

    /** How many plans the owner (a person, a key or the local user) has made. */
    long countByOwnerId(String ownerId);

    /** Who may see a plan: its owner, its team, and those it is shared with (themselves or their teams). */
    String VISIBLE = "(owner_id = :owner or team_id in (:teams)"
            + " or exists (select 1 from plan_share s where s.plan_id = scaling_plan.id and s.grantee in (:grantees))) ";

    /** The first page of the plans a caller may see. */
    @Query(LISTING + "where " + VISIBLE + "order by updated_at desc, id desc limit :limit")
    List<PlanListing> firstVisiblePage(String owner, Collection<String> teams, Collection<String> grantees, int limit);

    /** The plans a caller may see, changed before the cursor's plan. */
    @Query(LISTING + "where " + VISIBLE + "and (updated_at < :updatedAt or (updated_at = :updatedAt and id < :id))"
            + " order by updated_at desc, id desc limit :limit")
    List<PlanListing> visiblePageAfter(String owner, Collection<String> teams, Collection<String> grantees,
                                       Instant updatedAt, String id, int limit);

    /** Locks the plan's row, so two saves cannot take the same version number. */
    Optional<StoredPlan> findByIdForUpdate(String id);
}
