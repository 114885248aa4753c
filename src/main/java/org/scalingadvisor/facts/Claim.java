package org.scalingadvisor.facts;

/**
 * A claim the plan ticks that nothing in it delivers: a yes/no field set to yes with no substantive
 * activity or field behind it (the claims table in activity-categories.md says what delivers each).
 * Such a claim is not read as true: its {@link Answer} says {@code "claimed"}, and rules may ask about it.
 */
public final class Claim implements PlanFact {

    private final String field;
    private final String pointer;

    public Claim(String field, String pointer) {
        this.field = field;
        this.pointer = pointer;
    }

    public String getField() {
        return field;
    }

    @Override
    public String getPointer() {
        return pointer;
    }

    @Override
    public String toString() {
        return "uncorroborated claim " + field;
    }
}
