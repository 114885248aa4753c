package org.scalingadvisor.web;

import java.util.List;

/**
 * One field of the plan as the schema describes it: where it is, what a planner calls it, what it
 * means, what kind of control edits it and, for choices, what each value means.
 */
record Field(String name, String path, String label, String help, Kind kind, List<Option> options, List<Field> children,
             Long minimum, Long maximum) {

    /** The kind of control a field needs. */
    enum Kind { TEXT, LONG_TEXT, INTEGER, NUMBER, YES_NO, CHOICE, CHOICES, GROUP, ROWS }

    /** An allowed value with its plain-word meaning. */
    record Option(String value, String label, String help) {
    }

    Field child(String name) {
        for (Field child : children) {
            if (child.name().equals(name)) {
                return child;
            }
        }
        return null;
    }

    Option option(String value) {
        for (Option option : options) {
            if (option.value().equals(value)) {
                return option;
            }
        }
        return null;
    }

    /** The name of one row of a list ("Activity" for activities), used in labels such as "Activity 3". */
    String rowNoun() {
        String noun = label.endsWith("ies") ? label.substring(0, label.length() - 3) + "y"
                : label.endsWith("s") ? label.substring(0, label.length() - 1) : label;
        return noun;
    }
}
