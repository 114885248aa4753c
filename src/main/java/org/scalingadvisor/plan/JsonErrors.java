package org.scalingadvisor.plan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is wrong with a body that does not parse, in our words rather than the JSON library's. */
final class JsonErrors {

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*?)'");

    private JsonErrors() {
    }

    static String inOurWords(String raw) {
        String m = raw == null ? "" : raw;
        Matcher unexpected = UNEXPECTED.matcher(m);
        if (unexpected.find()) {
            int code = Integer.parseInt(unexpected.group(2));
            if (code == 0x201C || code == 0x201D || code == 0x2018 || code == 0x2019) {
                return "a typographic quote (" + unexpected.group(1) + ") where JSON needs a straight quote (\"): "
                        + "word processors replace quotes; write the JSON in a plain-text editor";
            }
            return code < 0x20 || code > 0x7e ? "unexpected character (code " + code + ")"
                    : "unexpected character '" + unexpected.group(1) + "'";
        }
        Matcher duplicate = DUPLICATE.matcher(m);
        if (duplicate.find()) {
            String key = duplicate.group(1);
            return "the key '" + (key.length() > 60 ? key.substring(0, 60) + "…" : key) + "' appears twice in this object";
        }
        if (m.contains("end-of-input")) {
            return "the JSON ends too early: a closing bracket, brace or quote is missing";
        }
        if (m.contains("Illegal unquoted character")) {
            return "a control character inside a string must be escaped (e.g. \\n)";
        }
        if (m.contains("Non-standard token") || m.contains("NaN") || m.contains("Infinity")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (m.contains("nesting depth")) {
            return "the JSON is nested deeper than " + PlanReader.MAX_DEPTH + " levels";
        }
        if (m.contains("Number value length") || m.contains("Number length")) {
            return "a number has too many digits";
        }
        if (m.contains("String value length") || m.contains("String length")) {
            return "a string is longer than the service accepts";
        }
        if (m.contains("Trailing token") || m.contains("trailing")) {
            return "more than one JSON value: the body must hold one plan object";
        }
        if (m.contains("Unrecognized token")) {
            return "a word that is not JSON (strings need double quotes; true, false and null are lower case)";
        }
        if (m.contains("start byte 0xe2") || m.contains("start byte 0x80")) {
            return "a character that cannot start a JSON value; if it is a typographic quote (\u201c \u201d), JSON needs"
                    + " straight quotes (\"): word processors replace them, so write the JSON in a plain-text editor";
        }
        if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF")) {
            return "invalid UTF-8 byte sequence";
        }
        if (m.contains("escape")) {
            return "an invalid escape sequence in a string";
        }
        return "not valid JSON here";
    }
}
