package org.scalingadvisor.http;

import io.micronaut.http.MediaType;

/** A plan body is JSON in UTF-8 only: a body without a Content-Type, or in another charset, is not guessed at (415). */
public final class JsonContentType {

    private JsonContentType() {
    }

    /** Throws the 415 problem answer unless the Content-Type is application/json, in UTF-8 if a charset is named. */
    public static void require(String contentType) {
        requireJsonOr(contentType, null);
    }

    /**
     * As {@link #require}, but {@code alternative} (a JSON-based type such as application/x-ndjson) is accepted too;
     * returns true when the body is of the alternative type.
     */
    public static boolean requireJsonOr(String contentType, String alternative) {
        if (contentType == null || contentType.isBlank()) {
            throw ApiException.unsupportedMediaType("The request has no Content-Type; send the plan with Content-Type: application/json.");
        }
        MediaType type;
        try {
            type = MediaType.of(contentType);
        } catch (RuntimeException e) {
            throw ApiException.unsupportedMediaType("The Content-Type cannot be read; send Content-Type: application/json.");
        }
        boolean isAlternative = alternative != null && type.getName().equalsIgnoreCase(alternative);
        if (!type.getName().equalsIgnoreCase(MediaType.APPLICATION_JSON) && !isAlternative) {
            throw ApiException.unsupportedMediaType(alternative == null ? "Send the plan as application/json."
                    : "Send the batch as application/json or " + alternative + ".");
        }
        String charset = type.getParameters().get("charset").orElse(null);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw ApiException.unsupportedMediaType("The plan must be encoded as UTF-8 (charset " + charset.replaceAll("[^\\w.-]", "?")
                    + " is not read); send Content-Type: application/json or application/json; charset=utf-8.");
        }
        return isAlternative;
    }
}
