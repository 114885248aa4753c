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

    /** The answers of one group of the form ("The innovation"), labelled within it ("Nature", not "Innovation › Nature"). */
    record Group(String title, List<Answer> answers) {
    }

    private PlanAnswers() {
    }

    static List<Group> grouped(PlanFields fields, JsonNode plan) {
        java.util.Map<String, List<Answer>> groups = new java.util.LinkedHashMap<>();
        for (Answer answer : of(fields, plan)) {
            String label = answer.label().contains(" › ") ? answer.label().substring(answer.label().indexOf(" › ") + 3) : answer.label();
            groups.computeIfAbsent(answer.group(), g -> new ArrayList<>())
                    .add(new Answer(label, answer.value(), answer.group(), answer.anchor()));
        }
        List<Group> out = new ArrayList<>();
        groups.forEach((title, answers) -> out.add(new Group(title, List.copyOf(answers))));
        return out;
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
