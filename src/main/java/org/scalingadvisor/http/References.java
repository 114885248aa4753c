package org.scalingadvisor.http;

import java.util.regex.Pattern;

/** A caller's reference for an evaluation (a bid or submission id), as given in ?reference=. */
public final class References {

    /** 1 to 100 letters, digits, spaces and . _ : / # + ( ) -, beginning with a letter or digit. */
    public static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._:/#+()-]{0,99}");

    /** The rule, in the words the 400 answers use. */
    public static final String RULE = "a reference is 1 to 100 characters: letters, digits, spaces and . _ : / # + ( ) -,"
            + " beginning with a letter or digit (e.g. a bid id)";

    private References() {
    }

    /** Refuses a reference that does not fit with a 400 naming the parameter; null passes (no reference). */
    public static String check(String reference) {
        if (reference != null && !PATTERN.matcher(reference).matches()) {
            throw ApiException.badParameter("reference", RULE);
        }
        return reference;
    }
}
