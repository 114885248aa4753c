package org.scalingadvisor.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The audit log, newest first. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditRepository extends CrudRepository<AuditEvent, String> {

    @Query("select * from audit_event where plan_id = :planId order by at desc, id desc limit :limit")
    List<AuditEvent> newestForPlan(String planId, int limit);

    @Query("select * from audit_event order by at desc, id desc limit :limit")
    List<AuditEvent> newest(int limit);
}
