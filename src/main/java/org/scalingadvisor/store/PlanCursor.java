package org.scalingadvisor.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of plans ended: the last plan's change time and id, given to clients as an opaque
 * string. A plan changed meanwhile moves to the front of the list, so it may be missed or shown twice.
 */
public record PlanCursor(Instant updatedAt, String id) {

    /** Times a cursor may hold: what both databases can store. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public String encode() {
        String plain = "p1|" + updatedAt.getEpochSecond() + "|" + updatedAt.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not a cursor this service gave out. */
    public static Optional<PlanCursor> decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length != 4 || !parts[0].equals("p1") || !parts[3].matches("[0-9a-f-]{36}")) {
                return Optional.empty();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            return at.isBefore(EARLIEST) || at.isAfter(LATEST) ? Optional.empty() : Optional.of(new PlanCursor(at, parts[3]));
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
