package org.scalingadvisor.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many request bodies the server holds at once, and for how long. Two pools, so that slow large
 * uploads cannot crowd out ordinary plans: bodies declared at most {@code small-body} bytes, and the
 * rest (larger or of unknown length), each capped in bytes held.
 */
@Singleton
public final class BodyBudget {

    /** A body's place in a pool; released when the body has arrived or the connection ends. */
    final class Ticket {
        private final AtomicLong pool;
        private final long limit;
        private long held;
        private boolean released;

        private Ticket(AtomicLong pool, long limit, long held) {
            this.pool = pool;
            this.limit = limit;
            this.held = held;
        }

        /** For a body of unknown length: reserves {@code bytes} more, or says no. */
        boolean fits(int bytes) {
            if (!declared && bytes > 0) {
                if (pool.addAndGet(bytes) > limit) {
                    pool.addAndGet(-bytes);
                    return false;
                }
                held += bytes;
            }
            return true;
        }

        private boolean declared = true;

        void release() {
            if (!released) {
                released = true;
                pool.addAndGet(-held);
                bodies.decrementAndGet();
            }
        }
    }

    private final long smallBytes;
    private final long smallPool;
    private final long largePool;
    private final long bodyTimeoutMillis;
    private final AtomicLong small = new AtomicLong();
    private final AtomicLong large = new AtomicLong();
    private final AtomicInteger bodies = new AtomicInteger();

    BodyBudget(@Value("${advisor.http.small-body:64KB}") @ReadableBytes long smallBytes,
               @Value("${advisor.http.small-bodies-in-flight:32MB}") @ReadableBytes long smallPool,
               @Value("${advisor.http.large-bodies-in-flight:32MB}") @ReadableBytes long largePool,
               @Value("${advisor.http.body-timeout-ms:10000}") long bodyTimeoutMillis) {
        this.smallBytes = smallBytes;
        this.smallPool = smallPool;
        this.largePool = largePool;
        this.bodyTimeoutMillis = bodyTimeoutMillis;
    }

    /** A place for a body of {@code declared} bytes (-1: unknown), or null when its pool is full. */
    Ticket take(long declared) {
        boolean isSmall = declared >= 0 && declared <= smallBytes;
        AtomicLong pool = isSmall ? small : large;
        long limit = isSmall ? smallPool : largePool;
        long reserve = Math.max(declared, 0);
        if (pool.addAndGet(reserve) > limit) {
            pool.addAndGet(-reserve);
            return null;
        }
        bodies.incrementAndGet();
        Ticket ticket = new Ticket(pool, limit, reserve);
        ticket.declared = declared >= 0;
        return ticket;
    }

    long smallBytes() {
        return smallBytes;
    }

    long bodyTimeoutMillis() {
        return bodyTimeoutMillis;
    }

    /** Bytes reserved by bodies still arriving (metrics and tests). */
    public long bytesHeld() {
        return small.get() + large.get();
    }

    public int bodiesInFlight() {
        return bodies.get();
    }
}
