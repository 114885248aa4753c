package org.scalingadvisor.ruleset;

import java.util.Optional;

/**
 * Checks each metadata value ({@code @key(...)} in a rule's header) as the tokenizer meets it, and
 * builds the text Drools compiles: the file with every value given as a quoted literal, so that
 * building the rule base evaluates nothing the trainer typed ({@link MetadataLiterals}).
 */
final class MetadataValues {

    private final String text;
    private final FileProblems problems;
    private final StringBuilder compilable = new StringBuilder();
    private int copiedUpTo;

    MetadataValues(String text, FileProblems problems) {
        this.text = text;
        this.problems = problems;
    }

    /**
     * One metadata value, with its parentheses at {@code open} and just before {@code end}: refused
     * unless it is a literal, and handed to Drools as a quoted text.
     */
    void value(String key, int open, int end, int line) {
        boolean closed = end > open && end <= text.length() && text.charAt(end - 1) == ')';
        String between = text.substring(open + 1, closed ? end - 1 : end);
        Optional<String> literal = closed ? MetadataLiterals.literal(between) : Optional.empty();
        if (literal.isEmpty()) {
            problems.add(line, MetadataLiterals.refusal(key, between));
            return;
        }
        compilable.append(text, copiedUpTo, open + 1).append(MetadataLiterals.asText(literal.get()));
        copiedUpTo = end - 1;
    }

    /** The file as Drools is to compile it. */
    String compilable() {
        return new StringBuilder(compilable).append(text, copiedUpTo, text.length()).toString();
    }
}
