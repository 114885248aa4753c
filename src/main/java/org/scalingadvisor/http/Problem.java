package org.scalingadvisor.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An error answer (RFC 9457 problem details) with a stable {@code code} and, where the problem is
 * in the request, one entry per fault with its JSON pointer (body) or parameter name (query).
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, String code, List<Error> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One fault: a JSON pointer into the body, or the query parameter, and what is wrong. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(@io.micronaut.core.annotation.Nullable String pointer,
                        @io.micronaut.core.annotation.Nullable String parameter, String message) {

        public static Error at(String pointer, String message) {
            return new Error(pointer, null, message);
        }

        public static Error parameter(String name, String message) {
            return new Error(null, name, message);
        }
    }

    public static Problem of(int status, String code, String title, String detail, List<Error> errors) {
        return new Problem(typeOf(code), title, status, detail, code, List.copyOf(errors));
    }

    /** The problem type: a page this service serves about the code (GET /problems/{code}). */
    public static String typeOf(String code) {
        return ProblemTypesController.PATH + "/" + code;
    }
}
