package org.scalingadvisor.store;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** The plans API on a real PostgreSQL server, migrated by Flyway like the embedded database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlansApiOnPostgresTest extends PlansApiContract implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        return LocalPostgres.datasource();
    }
}
