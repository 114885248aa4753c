package org.scalingadvisor.api;

import io.micronaut.http.MediaType;

/** A plan body is JSON in UTF-8 only: a body without a Content-Type, or in another charset, is not guessed at (415). */
public final class JsonContentType {

    private JsonContentType() {
    }

    /** Throws the 415 problem answer unless the Content-Type is application/json, in UTF-8 if a charset is named. */
    public static void require(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw ApiException.unsupportedMediaType("The request has no Content-Type; send the plan with Content-Type: application/json.");
        }
        MediaType type;
        try {
            type = MediaType.of(contentType);
        } catch (RuntimeException e) {
            throw ApiException.unsupportedMediaType("The Content-Type cannot be read; send Content-Type: application/json.");
        }
        if (!type.getName().equalsIgnoreCase(MediaType.APPLICATION_JSON)) {
            throw ApiException.unsupportedMediaType("Send the plan as application/json.");
        }
        String charset = type.getParameters().get("charset").orElse(null);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw ApiException.unsupportedMediaType("The plan must be encoded as UTF-8 (charset " + charset.replaceAll("[^\\w.-]", "?")
                    + " is not read); send Content-Type: application/json or application/json; charset=utf-8.");
        }
    }
}
