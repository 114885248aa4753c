package org.scalingadvisor.http;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.scalingadvisor.store.LocalPostgres;

import java.util.Map;

/** Ownership, sharing, audit and record isolation on a real PostgreSQL server. */
@MicronautTest(transactional = false)
class OwnershipOnPostgresTest extends OwnershipContract {

    @Override
    Map<String, String> database() {
        return LocalPostgres.freshDatabase("ownership");
    }
}
