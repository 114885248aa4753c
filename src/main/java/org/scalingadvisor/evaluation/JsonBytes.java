package org.scalingadvisor.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A growable UTF-8 buffer for writing compact JSON by hand. Strings are escaped as Jackson's
 * generator escapes them by default: {@code "} and {@code \}, the control characters below U+0020
 * (as backslash b, t, n, f, r, or backslash-u 00XX with upper-case hex), and the UTF-16 surrogates of characters beyond
 * U+FFFF (backslash-u escapes, as Jackson writes them); everything else is written as UTF-8.
 */
final class JsonBytes {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};

    private byte[] bytes;
    private int size;

    JsonBytes(int capacity) {
        bytes = new byte[capacity];
    }

    void reset() {
        size = 0;
    }

    int capacity() {
        return bytes.length;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    JsonBytes raw(char ascii) {
        ensure(1);
        bytes[size++] = (byte) ascii;
        return this;
    }

    /** ASCII text written as it is (field names and punctuation). */
    JsonBytes raw(String ascii) {
        int n = ascii.length();
        ensure(n);
        ascii.getBytes(0, n, bytes, size); // deprecated but exact for ASCII, and the cheapest copy
        size += n;
        return this;
    }

    JsonBytes raw(byte[] encoded) {
        ensure(encoded.length);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
        return this;
    }

    JsonBytes nullValue() {
        return raw(NULL);
    }

    JsonBytes number(int value) {
        if (value >= 0 && value < 10) {
            return raw((char) ('0' + value));
        }
        return raw(Integer.toString(value));
    }

    JsonBytes strings(List<String> values) {
        if (values == null) {
            return nullValue();
        }
        raw('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                raw(',');
            }
            string(values.get(i));
        }
        return raw(']');
    }

    JsonBytes string(String value) {
        if (value == null) {
            return nullValue();
        }
        int n = value.length();
        ensure(n + 2);
        bytes[size++] = '"';
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                // Rare here: the rest goes through the general path.
                rest(value, i);
                return this;
            }
            if (c < 0x20 || c == '"' || c == '\\') {
                escape(c);
                ensure(n - i + 1);
            } else {
                bytes[size++] = (byte) c;
            }
        }
        ensure(1);
        bytes[size++] = '"';
        return this;
    }

    private void rest(String value, int from) {
        int n = value.length();
        int i = from;
        while (i < n) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c < 0x20 || c == '"' || c == '\\') {
                    escape(c);
                } else {
                    raw(c);
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                // Jackson's generator writes characters outside the Basic Multilingual Plane as escaped surrogates.
                unicodeEscape(c);
                i++;
            } else {
                int end = i + 1;
                while (end < n && value.charAt(end) >= 0x80 && !Character.isSurrogate(value.charAt(end))) {
                    end++;
                }
                raw(value.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        raw('"');
    }

    private void unicodeEscape(char c) {
        ensure(6);
        bytes[size++] = '\\';
        bytes[size++] = 'u';
        bytes[size++] = HEX[c >> 12];
        bytes[size++] = HEX[(c >> 8) & 0xF];
        bytes[size++] = HEX[(c >> 4) & 0xF];
        bytes[size++] = HEX[c & 0xF];
    }

    private void escape(char c) {
        ensure(6);
        bytes[size++] = '\\';
        switch (c) {
            case '"' -> bytes[size++] = '"';
            case '\\' -> bytes[size++] = '\\';
            case '\b' -> bytes[size++] = 'b';
            case '\t' -> bytes[size++] = 't';
            case '\n' -> bytes[size++] = 'n';
            case '\f' -> bytes[size++] = 'f';
            case '\r' -> bytes[size++] = 'r';
            default -> {
                bytes[size++] = 'u';
                bytes[size++] = '0';
                bytes[size++] = '0';
                bytes[size++] = HEX[c >> 4];
                bytes[size++] = HEX[c & 0xF];
            }
        }
    }
}
