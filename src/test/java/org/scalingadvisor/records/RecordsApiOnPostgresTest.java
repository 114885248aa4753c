package org.scalingadvisor.records;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.scalingadvisor.store.LocalPostgres;

import java.util.Map;

/** Decision records on a real PostgreSQL server, migrated by Flyway like the embedded database. */
@MicronautTest(transactional = false)
class RecordsApiOnPostgresTest extends RecordsApiContract {

    @Override
    Map<String, String> database() {
        return LocalPostgres.datasource();
    }

    @Override
    Map<String, String> freshDatabase(String name) {
        return LocalPostgres.freshDatabase(name);
    }
}
