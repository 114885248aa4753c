package org.scalingadvisor.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Plans, newest change first. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanRepository extends CrudRepository<StoredPlan, String> {

    List<StoredPlan> findAllOrderByUpdatedAtDesc();

    /** The plans a caller may see: their own, their teams', and those shared with them or their teams. */
    @Query("select p.* from scaling_plan p where p.owner_id = :owner or p.team_id in (:teams)"
            + " or exists (select 1 from plan_share s where s.plan_id = p.id and s.grantee in (:grantees))"
            + " order by p.updated_at desc")
    List<StoredPlan> findVisible(String owner, Collection<String> teams, Collection<String> grantees);

    /** Locks the plan's row, so two saves cannot take the same version number. */
    Optional<StoredPlan> findByIdForUpdate(String id);
}
