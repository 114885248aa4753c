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

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(EvaluationIds::generator);

    private EvaluationIds() {
    }

    public static String next() {
        SecureRandom random = RANDOM.get();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFF);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
