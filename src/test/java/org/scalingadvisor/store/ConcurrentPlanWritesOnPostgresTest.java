package org.scalingadvisor.store;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** Racing writes on a real PostgreSQL server, in a database of their own. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentPlanWritesOnPostgresTest extends ConcurrentPlanWritesContract implements TestPropertyProvider {

    @Override
    Map<String, String> database() {
        return LocalPostgres.freshDatabase("concurrent_plan_writes");
    }

    @Override
    public Map<String, String> getProperties() {
        return settings();
    }
}
