package org.scalingadvisor.records;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a page of the record list ended: the last record's time and id. Given to clients as an
 * opaque string; the next page holds records strictly older in (time, id) order, so records added
 * meanwhile (newer) never shift a page, and none is shown twice.
 */
record RecordCursor(Instant recordedAt, String evaluationId) {

    /** The times a record can have: a forged cursor outside them is refused, not sent to the database. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    String encode() {
        String plain = "1|" + recordedAt.getEpochSecond() + "|" + recordedAt.getNano() + "|" + evaluationId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not a cursor this service gave out. */
    static Optional<RecordCursor> decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length != 4 || !parts[0].equals("1") || parts[3].isEmpty() || parts[3].length() > 64) {
                return Optional.empty();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            return at.isBefore(EARLIEST) || at.isAfter(LATEST) ? Optional.empty() : Optional.of(new RecordCursor(at, parts[3]));
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
