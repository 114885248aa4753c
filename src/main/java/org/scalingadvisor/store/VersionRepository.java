package org.scalingadvisor.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** The saved versions of plans. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface VersionRepository extends CrudRepository<StoredVersion, String> {

    /** A plan's history without the bodies: however many versions, this stays small. */
    @Query("select version, saved_at, verdict from plan_version where plan_id = :planId order by version")
    List<VersionListing> listOf(String planId);

    Optional<StoredVersion> findByPlanIdAndVersion(String planId, int version);

    void deleteByPlanId(String planId);
}
