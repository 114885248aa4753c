package org.scalingadvisor.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** The saved versions of plans. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface VersionRepository extends CrudRepository<StoredVersion, String> {

    List<StoredVersion> findByPlanIdOrderByVersion(String planId);

    Optional<StoredVersion> findByPlanIdAndVersion(String planId, int version);

    void deleteByPlanId(String planId);
}
