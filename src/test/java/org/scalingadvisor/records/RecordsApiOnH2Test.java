package org.scalingadvisor.records;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.Map;

/** Decision records on the embedded database. */
@MicronautTest(transactional = false)
class RecordsApiOnH2Test extends RecordsApiContract {

    @Override
    Map<String, String> database() {
        return Map.of();
    }

    @Override
    Map<String, String> freshDatabase(String name) {
        return Map.of("datasources.default.url", "jdbc:h2:mem:" + name
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
