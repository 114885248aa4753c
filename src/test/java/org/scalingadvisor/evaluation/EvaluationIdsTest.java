package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evaluation ids: version-7 UUIDs, unique, their first 48 bits the time in milliseconds. */
class EvaluationIdsTest {

    @Test
    void idsAreUniqueTimeOrderedVersion7Uuids() {
        long before = System.currentTimeMillis();
        Set<String> ids = new HashSet<>();
        Set<Long> randomParts = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String id = EvaluationIds.next();
            UUID uuid = UUID.fromString(id);
            assertEquals(7, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            long millis = uuid.getMostSignificantBits() >>> 16;
            assertTrue(millis >= before && millis <= System.currentTimeMillis(), id);
            assertTrue(ids.add(id), "repeated id " + id);
            randomParts.add(uuid.getLeastSignificantBits());
        }
        assertEquals(ids.size(), randomParts.size(), "the 62 random low bits repeat");
    }

    @Test
    void threadsDrawingAtOnceNeverShareAnId() throws Exception {
        Set<String> ids = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<?>> draws = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                draws.add(pool.submit(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        assertTrue(ids.add(EvaluationIds.next()), "an id was drawn twice");
                    }
                }));
            }
            for (java.util.concurrent.Future<?> draw : draws) {
                draw.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40_000, ids.size());
    }
}
