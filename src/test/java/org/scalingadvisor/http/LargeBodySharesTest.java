package org.scalingadvisor.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The arithmetic of the shared large-body pool: 32 units, 8 per client, 8 reserved for keys. */
class LargeBodySharesTest {

    private final LargeBodyShares shares = new LargeBodyShares(32, 8, 8);
    private final BodyClient anonymous = new BodyClient("address:a", false);
    private final BodyClient portal = new BodyClient("key:portal", true);

    @Test
    void aClientHoldsAtMostItsShareButMayAlwaysStartOneBody() {
        assertTrue(shares.take(anonymous, 6));
        assertFalse(shares.take(anonymous, 3), "over the client's share");
        assertTrue(shares.take(anonymous, 2));
        assertTrue(shares.take(portal, 12), "a client holding nothing starts one body the pool has room for");
        assertFalse(shares.take(portal, 1));
        shares.give(portal, 12);
        assertTrue(shares.take(portal, 8));
    }

    @Test
    void callersWithoutAKeyTogetherLeaveThePartReservedForKeys() {
        for (int i = 0; i < 3; i++) {
            assertTrue(shares.take(new BodyClient("address:" + i, false), 8));
        }
        assertFalse(shares.take(new BodyClient("address:x", false), 1), "24 of 32 is all callers without a key may hold");
        assertTrue(shares.take(portal, 8));
        assertFalse(shares.take(new BodyClient("key:other", true), 1), "the pool is full");
        shares.give(portal, 8);
        assertEquals(24, shares.held());
    }

    @Test
    void aReserveAsLargeAsThePoolIsRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> new LargeBodyShares(32, 8, 32));
    }
}
