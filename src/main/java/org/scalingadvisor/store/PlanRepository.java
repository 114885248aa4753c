package org.scalingadvisor.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Plans, newest change first. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanRepository extends CrudRepository<StoredPlan, String> {

    List<StoredPlan> findAllOrderByUpdatedAtDesc();

    /** Locks the plan's row, so two saves cannot take the same version number. */
    Optional<StoredPlan> findByIdForUpdate(String id);
}
