package org.scalingadvisor.ruleset;

/** One token of a rules file: an identifier, number, symbol or the contents of a string, with its line. */
record RuleToken(String text, int line, boolean string) {

    boolean is(String s) {
        return !string && text.equals(s);
    }

    boolean identifier() {
        return !string && Character.isJavaIdentifierStart(text.charAt(0));
    }
}
