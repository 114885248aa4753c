package org.scalingadvisor.facts;

/**
 * One thing the plan says: a field (dotted, as in the contract, e.g. {@code innovation.nature})
 * and its value as text ({@code "RADICAL"}, {@code "true"}, {@code "12"}).
 * Array fields such as {@code approach.routes} give one answer per element.
 */
public final class Answer implements PlanFact {

    private final String field;
    private final String value;
    private final double number;
    private final String pointer;

    public Answer(String field, String value, double number, String pointer) {
        this.field = field;
        this.value = value;
        this.number = number;
        this.pointer = pointer;
    }

    public String getField() {
        return field;
    }

    public String getValue() {
        return value;
    }

    /** The value as a number, or NaN when it is not numeric (so every comparison is false). */
    public double getNumber() {
        return number;
    }

    @Override
    public String getPointer() {
        return pointer;
    }

    @Override
    public String toString() {
        return field + "=" + value;
    }
}
