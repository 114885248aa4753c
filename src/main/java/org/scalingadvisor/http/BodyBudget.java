package org.scalingadvisor.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many request bodies the server holds at once, and for how long. Two pools, so that slow large
 * uploads cannot crowd out ordinary plans: bodies declared at most {@code small-body} bytes, and the
 * rest (larger or of unknown length), each capped in bytes held. The large pool is shared per client
 * ({@link LargeBodyShares}), so one caller, or every caller without a key, cannot take all of it.
 */
@Singleton
public final class BodyBudget {

    /** A body's place in a pool; released when the body has arrived or the connection ends. */
    final class Ticket {
        private final BodyClient client;
        private final boolean isSmall;
        private final boolean declared;
        private long held;
        private boolean released;

        private Ticket(BodyClient client, boolean isSmall, boolean declared, long held) {
            this.client = client;
            this.isSmall = isSmall;
            this.declared = declared;
            this.held = held;
        }

        /** For a body of unknown length: reserves {@code bytes} more, or says no. */
        boolean fits(int bytes) {
            if (!declared && bytes > 0) {
                if (!reserve(client, isSmall, bytes)) {
                    return false;
                }
                held += bytes;
            }
            return true;
        }

        void release() {
            if (!released) {
                released = true;
                if (isSmall) {
                    small.addAndGet(-held);
                } else {
                    large.give(client, held);
                }
                bodies.decrementAndGet();
            }
        }
    }

    private final long smallBytes;
    private final long smallPool;
    private final long bodyTimeoutMillis;
    private final AtomicLong small = new AtomicLong();
    private final LargeBodyShares large;
    private final AtomicInteger bodies = new AtomicInteger();

    BodyBudget(@Value("${advisor.http.small-body:64KB}") @ReadableBytes long smallBytes,
               @Value("${advisor.http.small-bodies-in-flight:32MB}") @ReadableBytes long smallPool,
               @Value("${advisor.http.large-bodies-in-flight:32MB}") @ReadableBytes long largePool,
               @Value("${advisor.http.large-bodies-per-client:8MB}") @ReadableBytes long largePerClient,
               @Value("${advisor.http.large-bodies-reserved-for-keys:8MB}") @ReadableBytes long reservedForKeys,
               @Value("${advisor.http.body-timeout-ms:10000}") long bodyTimeoutMillis,
               BodyClients clients) {
        this.smallBytes = smallBytes;
        this.smallPool = smallPool;
        // with no keys configured there is no one to reserve for
        this.large = new LargeBodyShares(largePool, Math.min(largePerClient, largePool),
                clients.keysConfigured() ? Math.min(reservedForKeys, largePool - 1) : 0);
        this.bodyTimeoutMillis = bodyTimeoutMillis;
    }

    /** A place for the client's body of {@code declared} bytes (-1: unknown), or null when there is no room for it. */
    Ticket take(BodyClient client, long declared) {
        boolean isSmall = declared >= 0 && declared <= smallBytes;
        long reserve = Math.max(declared, 0);
        if (!reserve(client, isSmall, reserve)) {
            return null;
        }
        bodies.incrementAndGet();
        return new Ticket(client, isSmall, declared >= 0, reserve);
    }

    private boolean reserve(BodyClient client, boolean isSmall, long bytes) {
        if (!isSmall) {
            return large.take(client, bytes);
        }
        if (small.addAndGet(bytes) > smallPool) {
            small.addAndGet(-bytes);
            return false;
        }
        return true;
    }

    long smallBytes() {
        return smallBytes;
    }

    long bodyTimeoutMillis() {
        return bodyTimeoutMillis;
    }

    /** Bytes reserved by bodies still arriving (metrics and tests). */
    public long bytesHeld() {
        return small.get() + large.held();
    }

    public int bodiesInFlight() {
        return bodies.get();
    }
}
