package org.scalingadvisor.http;

import java.util.HashMap;
import java.util.Map;

/**
 * The large-body pool, shared between clients: one client holds at most {@code perClient} bytes (a
 * client holding nothing may always start one body the pool has room for), and callers without an API
 * key together never take the part reserved for keyed clients.
 */
final class LargeBodyShares {

    private final long pool;
    private final long perClient;
    private final long reservedForKeys;
    private final Map<String, Long> held = new HashMap<>();
    private long total;
    private long unkeyed;

    LargeBodyShares(long pool, long perClient, long reservedForKeys) {
        if (perClient <= 0 || reservedForKeys < 0 || reservedForKeys >= pool) {
            throw new IllegalArgumentException("advisor.http.large-bodies-per-client must be positive and"
                    + " advisor.http.large-bodies-reserved-for-keys smaller than advisor.http.large-bodies-in-flight");
        }
        this.pool = pool;
        this.perClient = perClient;
        this.reservedForKeys = reservedForKeys;
    }

    /** Reserves {@code bytes} for the client, or says no and reserves nothing. */
    synchronized boolean take(BodyClient client, long bytes) {
        long mine = held.getOrDefault(client.name(), 0L);
        boolean fits = total + bytes <= pool
                && (mine == 0 || mine + bytes <= perClient)
                && (client.keyed() || unkeyed + bytes <= pool - reservedForKeys);
        if (fits && bytes > 0) {
            held.put(client.name(), mine + bytes);
            total += bytes;
            unkeyed += client.keyed() ? 0 : bytes;
        }
        return fits;
    }

    synchronized void give(BodyClient client, long bytes) {
        if (bytes <= 0) {
            return;
        }
        long left = held.getOrDefault(client.name(), 0L) - bytes;
        if (left > 0) {
            held.put(client.name(), left);
        } else {
            held.remove(client.name());
        }
        total -= bytes;
        unkeyed -= client.keyed() ? 0 : bytes;
    }

    synchronized long held() {
        return total;
    }
}
