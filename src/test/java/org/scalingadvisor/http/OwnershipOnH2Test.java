package org.scalingadvisor.http;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

import java.util.Map;

/** Ownership, sharing, audit and record isolation on the embedded database. */
@MicronautTest(transactional = false)
class OwnershipOnH2Test extends OwnershipContract {

    @Override
    Map<String, String> database() {
        return Map.of("datasources.default.url", "jdbc:h2:mem:ownership;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }
}
