package org.scalingadvisor.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** The owners' rows that serialise their plan creates (H2 in PostgreSQL mode and PostgreSQL alike). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanOwnerRepository extends GenericRepository<PlanOwner, String> {

    /** Adds the owner's row unless it is there; two owners' first creates at once both succeed. */
    @Query("insert into plan_owner_lock (owner_id) values (:ownerId) on conflict do nothing")
    void insertIfAbsent(String ownerId);

    /** Locks the owner's row until the transaction ends. */
    Optional<PlanOwner> findByOwnerIdForUpdate(String ownerId);
}
