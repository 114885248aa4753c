package org.scalingadvisor.records;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Evaluations of one plan by the same rules share a stored body, and each answer comes back byte for byte. */
class BlobsTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void twoEvaluationsDifferingOnlyInTheirIdShareOneBodyAndEachIsRestored() {
        byte[] first = utf8("{\"evaluationId\":\"0193-a\",\"summary\":{\"verdict\":\"READY\"}}");
        byte[] second = utf8("{\"evaluationId\":\"0193-bb\",\"summary\":{\"verdict\":\"READY\"}}");
        byte[] storedFirst = Blobs.withoutId(first, "0193-a");
        byte[] storedSecond = Blobs.withoutId(second, "0193-bb");
        assertArrayEquals(storedFirst, storedSecond);
        assertArrayEquals(Blobs.sha256(storedFirst), Blobs.sha256(storedSecond));
        assertArrayEquals(first, Blobs.withId(storedFirst, "0193-a"));
        assertArrayEquals(second, Blobs.withId(storedSecond, "0193-bb"));
        assertArrayEquals(first, Blobs.gunzip(Blobs.gzip(first)));
    }

    @Test
    void aBodyThatDoesNotBeginWithItsIdIsKeptWhole() {
        assertNull(Blobs.withoutId(utf8("{\"plan\":{},\"evaluationId\":\"x\"}"), "x"));
        assertNull(Blobs.withoutId(utf8("{\"evaluationId\":\"xy\"}"), "x"), "another id that begins the same");
        byte[] whole = utf8("{\"plan\":{}}");
        assertEquals(new String(whole, StandardCharsets.UTF_8), new String(Blobs.withId(whole, "x"), StandardCharsets.UTF_8));
    }
}
