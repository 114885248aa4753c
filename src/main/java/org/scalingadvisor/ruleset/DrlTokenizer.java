package org.scalingadvisor.ruleset;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a rules file into identifiers, numbers, strings and symbols with their lines. Comments go;
 * metadata values ({@code @key(...)} before 'when') are free text, so they are not tokens: each goes
 * whole to {@link MetadataValues}.
 */
final class DrlTokenizer {

    private static final List<String> TWO_CHARACTER_SYMBOLS = List.of("==", "!=", "<=", ">=", "&&", "||", "->", "::");

    private final String text;
    private final MetadataValues metadata;
    private final List<RuleToken> tokens = new ArrayList<>();

    private DrlTokenizer(String text, MetadataValues metadata) {
        this.text = text;
        this.metadata = metadata;
    }

    static List<RuleToken> tokens(String text, MetadataValues metadata) {
        DrlTokenizer tokenizer = new DrlTokenizer(text, metadata);
        tokenizer.tokenize();
        return tokenizer.tokens;
    }

    private void tokenize() {
        int i = 0;
        int line = 1;
        boolean inHeader = false;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                // A comment ends at a line break of either kind, as it does for Java.
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += lines(text, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                i = string(i, c, line);
            } else if (c == '@' && inHeader && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                int end = metadata(i, line);
                line += lines(text, i, end);
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(text.charAt(j))) {
                    j++;
                }
                String word = text.substring(i, j);
                if (word.equals("rule")) {
                    inHeader = true;
                } else if (word.equals("when") || word.equals("then")) {
                    inHeader = false;
                }
                tokens.add(new RuleToken(word, line, false));
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.'
                        && j + 1 < n && Character.isDigit(text.charAt(j + 1)))) {
                    j++;
                }
                tokens.add(new RuleToken(text.substring(i, j), line, false));
                i = j;
            } else {
                String two = i + 1 < n ? text.substring(i, i + 2) : "";
                boolean pair = TWO_CHARACTER_SYMBOLS.contains(two);
                tokens.add(new RuleToken(pair ? two : String.valueOf(c), line, false));
                i += pair ? 2 : 1;
            }
        }
    }

    /** A string in double or single quotes, ending at its quote or the line's end; returns the index after it. */
    private int string(int i, char quote, int line) {
        int n = text.length();
        int j = i + 1;
        StringBuilder value = new StringBuilder();
        while (j < n && text.charAt(j) != quote && text.charAt(j) != '\n') {
            if (text.charAt(j) == '\\' && j + 1 < n) {
                value.append(text.charAt(j + 1));
                j += 2;
            } else {
                value.append(text.charAt(j++));
            }
        }
        tokens.add(new RuleToken(value.toString(), line, true));
        return Math.min(n, j + 1);
    }

    /** {@code @key} at {@code i}, with its value if it has one; returns the index after it. */
    private int metadata(int i, int line) {
        int n = text.length();
        int j = i + 1;
        while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_' || text.charAt(j) == '-')) {
            j++;
        }
        int k = j;
        while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k < n && text.charAt(k) == '(') {
            int end = closingParen(k);
            metadata.value(text.substring(i + 1, j), k, end, line);
            return end;
        }
        return j;
    }

    /** The index just after the parenthesis closing the one at {@code open}; quotes inside are respected. */
    private int closingParen(int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** How many line breaks lie between {@code from} and {@code to}. */
    static int lines(String text, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
