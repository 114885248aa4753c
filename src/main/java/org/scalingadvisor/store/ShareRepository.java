package org.scalingadvisor.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Who each plan is shared with. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ShareRepository extends CrudRepository<PlanShare, String> {

    boolean existsByPlanIdAndGranteeInList(String planId, Collection<String> grantee);

    boolean existsByPlanIdAndGrantee(String planId, String grantee);

    List<PlanShare> findByPlanIdOrderByGrantedAt(String planId);

    void deleteByPlanId(String planId);

    /** How many shares were removed (0 or 1). */
    long deleteByPlanIdAndGrantee(String planId, String grantee);
}
