package org.scalingadvisor.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Content addresses and compression of stored bodies, and the evaluation body with its id taken out. */
final class Blobs {

    private static final byte[] ID_PREFIX = "{\"evaluationId\":\"".getBytes(StandardCharsets.UTF_8);

    private Blobs() {
    }

    /** SHA-256 of the bytes (32 bytes). */
    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream zip = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("a stored body does not decompress", e);
        }
    }

    /**
     * The evaluation JSON as the service writes it begins with {@code {"evaluationId":"<id>"}}: the
     * body is kept with the id left empty, so that every evaluation of the same plan by the same
     * rules shares one stored body. Null when the bytes do not begin that way (then the whole body
     * is kept as it is).
     */
    static byte[] withoutId(byte[] evaluationJson, String evaluationId) {
        byte[] id = evaluationId.getBytes(StandardCharsets.UTF_8);
        int end = ID_PREFIX.length + id.length;
        if (evaluationJson.length <= end || evaluationJson[end] != '"'
                || !Arrays.equals(evaluationJson, 0, ID_PREFIX.length, ID_PREFIX, 0, ID_PREFIX.length)
                || !Arrays.equals(evaluationJson, ID_PREFIX.length, end, id, 0, id.length)) {
            return null;
        }
        byte[] out = new byte[evaluationJson.length - id.length];
        System.arraycopy(evaluationJson, 0, out, 0, ID_PREFIX.length);
        System.arraycopy(evaluationJson, end, out, ID_PREFIX.length, evaluationJson.length - end);
        return out;
    }

    /** The stored body with the record's id put back: the bytes the caller was answered with. */
    static byte[] withId(byte[] stored, String evaluationId) {
        if (stored.length <= ID_PREFIX.length || stored[ID_PREFIX.length] != '"'
                || !Arrays.equals(stored, 0, ID_PREFIX.length, ID_PREFIX, 0, ID_PREFIX.length)) {
            return stored;
        }
        byte[] id = evaluationId.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[stored.length + id.length];
        System.arraycopy(stored, 0, out, 0, ID_PREFIX.length);
        System.arraycopy(id, 0, out, ID_PREFIX.length, id.length);
        System.arraycopy(stored, ID_PREFIX.length, out, ID_PREFIX.length + id.length, stored.length - ID_PREFIX.length);
        return out;
    }
}
