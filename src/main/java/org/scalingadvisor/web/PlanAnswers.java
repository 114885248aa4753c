package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan's own answers in words, labelled as on the form and in its order, for the report and
 * the interview's "check your answers"; fields not answered are left out.
 */
final class PlanAnswers {

    /** One answered field: its label, the value in words, the group it is asked in and the control to change it. */
    record Answer(String label, String value, String group, String anchor) {
    }

    private PlanAnswers() {
    }

    static List<Answer> of(PlanFields fields, JsonNode plan) {
        List<Answer> out = new ArrayList<>();
        for (Field field : fields.all()) {
            collect(field, plan.path(field.name()), field.label(), EditorForm.groupOf(field), field.path(), out);
        }
        return out;
    }

    private static void collect(Field field, JsonNode value, String label, String group, String path, List<Answer> out) {
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        switch (field.kind()) {
            case GROUP -> field.children().forEach(c -> collect(c, value.path(c.name()), label + " › " + c.label(), group,
                    path + "." + c.name(), out));
            case ROWS -> {
                if (value.isEmpty()) {
                    out.add(new Answer(label, "None", group, FieldLocator.anchor(path)));
                }
                for (int i = 0; i < value.size(); i++) {
                    out.add(new Answer(field.rowNoun() + " " + (i + 1), FieldLocator.display(field, value.get(i)), group,
                            FieldLocator.anchor(path + "[" + i + "]")));
                }
            }
            default -> out.add(new Answer(label, FieldLocator.display(field, value), group, FieldLocator.anchor(path)));
        }
    }
}
