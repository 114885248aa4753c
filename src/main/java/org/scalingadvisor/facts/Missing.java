package org.scalingadvisor.facts;

/** A field the plan does not fill in: "the plan does not say", never the same as false or NONE. */
public final class Missing {

    private final String field;
    private final String pointer;

    public Missing(String field, String pointer) {
        this.field = field;
        this.pointer = pointer;
    }

    public String getField() {
        return field;
    }

    /** Where the field would be in the plan. */
    public String getPointer() {
        return pointer;
    }

    @Override
    public String toString() {
        return "missing " + field;
    }
}
