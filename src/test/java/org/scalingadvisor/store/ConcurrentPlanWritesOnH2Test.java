package org.scalingadvisor.store;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/** Racing writes on the embedded database (its in-memory form, with the same locking as the file). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentPlanWritesOnH2Test extends ConcurrentPlanWritesContract implements TestPropertyProvider {

    @Override
    Map<String, String> database() {
        return Map.of();
    }

    @Override
    public Map<String, String> getProperties() {
        return settings();
    }
}
