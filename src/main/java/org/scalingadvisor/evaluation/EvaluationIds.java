package org.scalingadvisor.evaluation;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Evaluation ids: UUIDs of version 7 (RFC 9562), the millisecond first and 74 random bits after.
 * Unique like random UUIDs, but in time order, so decision records are inserted at the end of their
 * database indexes rather than all over them. Each thread has its own generator: no lock is shared.
 */
public final class EvaluationIds {

    private static final ThreadLocal<RandomBits> RANDOM = ThreadLocal.withInitial(RandomBits::new);

    private EvaluationIds() {
    }

    public static String next() {
        RandomBits random = RANDOM.get();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFF);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /**
     * Random longs drawn from the thread's DRBG a block at a time: one call to the generator per 64
     * ids instead of two per id (each call has a fixed cost of a few microseconds). The bits are the
     * generator's own, used once each.
     */
    private static final class RandomBits {

        private final SecureRandom generator = generator();
        private final java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(1024);

        RandomBits() {
            block.position(block.limit());
        }

        long nextLong() {
            if (block.remaining() < Long.BYTES) {
                generator.nextBytes(block.array());
                block.clear();
            }
            return block.getLong();
        }
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
