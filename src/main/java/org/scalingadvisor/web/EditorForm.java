package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's form as the template draws it: the plan's fields grouped the way a planner thinks,
 * each control named by its field's dotted path and filled from the plan. Fields the grouping does
 * not name (added to the schema later) get a group of their own.
 */
final class EditorForm {

    /** A group of sections under one heading ("How it will spread"). */
    record Group(String id, String title, List<Section> sections) {
    }

    /** A set of controls (one object of the plan), or a list of rows (activities, stakeholders). */
    record Section(String id, String title, String help, int depth, List<Control> controls, Rows rows) {
    }

    /** An editable list: its rows, what to call one, and the "none" choice shown when it is empty. */
    record Rows(String path, String noun, List<Row> rows, boolean statedEmpty) {
    }

    /** One row of a list, with the controls for its fields. */
    record Row(String id, String path, String title, List<Control> controls) {
    }

    /** One control: kind is text, longtext, integer, number, yesno, choice, choices or hidden (a reference the page makes). */
    record Control(String name, String id, String label, String help, String kind, String value, List<Choice> choices,
                   Long minimum, Long maximum) {
    }

    /** One value offered by a choice, yes/no or checkbox control. */
    record Choice(String value, String label, String help, String id, boolean selected) {
    }

    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("title", "The plan");
        GROUPS.put("planType", "The plan");
        GROUPS.put("sector", "The plan");
        GROUPS.put("stage", "The plan");
        GROUPS.put("durationMonths", "The plan");
        GROUPS.put("innovation", "The innovation");
        GROUPS.put("approach", "How it will spread");
        GROUPS.put("activities", "How it will spread");
        GROUPS.put("stakeholders", "Who is involved");
        GROUPS.put("communities", "Communities");
        GROUPS.put("movement", "Movement");
        GROUPS.put("resources", "Resources");
        GROUPS.put("enablers", "Enablers");
        GROUPS.put("learning", "Learning");
        GROUPS.put("context", "Context");
    }

    private EditorForm() {
    }

    /** The group a top-level field belongs to. */
    static String groupOf(Field field) {
        return GROUPS.getOrDefault(field.name(), field.label());
    }

    static List<Group> build(PlanFields fields, JsonNode plan) {
        Map<String, List<Section>> groups = new LinkedHashMap<>();
        GROUPS.values().forEach(title -> groups.putIfAbsent(title, new ArrayList<>()));
        List<Control> loose = new ArrayList<>();
        for (Field field : fields.all()) {
            List<Section> sections = groups.computeIfAbsent(groupOf(field), t -> new ArrayList<>());
            JsonNode value = plan.path(field.name());
            switch (field.kind()) {
                case GROUP -> sections(field, value, 0, sections);
                case ROWS -> sections.add(rows(field, value));
                default -> {
                    if (groupOf(field).equals("The plan")) {
                        loose.add(control(field, field.path(), value));
                    } else {
                        sections.add(new Section(FieldLocator.anchor(field.path()), null, null, 0,
                                List.of(control(field, field.path(), value)), null));
                    }
                }
            }
        }
        groups.get("The plan").add(0, new Section("s-plan", null, null, 0, loose, null));
        List<Group> out = new ArrayList<>();
        groups.forEach((title, sections) -> {
            if (!sections.isEmpty()) {
                out.add(new Group("g-" + title.toLowerCase().replaceAll("[^a-z]+", "-"), title, sections));
            }
        });
        return out;
    }

    private static void sections(Field group, JsonNode value, int depth, List<Section> out) {
        List<Control> controls = new ArrayList<>();
        for (Field child : group.children()) {
            if (child.kind() != Field.Kind.GROUP && child.kind() != Field.Kind.ROWS) {
                controls.add(control(child, child.path(), value.path(child.name())));
            }
        }
        out.add(new Section(FieldLocator.anchor(group.path()), depth == 0 ? null : group.label(), group.help(), depth, controls, null));
        for (Field child : group.children()) {
            if (child.kind() == Field.Kind.GROUP) {
                sections(child, value.path(child.name()), depth + 1, out);
            } else if (child.kind() == Field.Kind.ROWS) {
                out.add(rows(child, value.path(child.name())));
            }
        }
    }

    private static Section rows(Field list, JsonNode value) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            rows.add(row(list, i, value.get(i)));
        }
        boolean statedEmpty = value.isArray() && value.isEmpty();
        return new Section(FieldLocator.anchor(list.path()), list.label(), list.help(), 0, List.of(),
                new Rows(list.path(), list.rowNoun(), rows, statedEmpty));
    }

    /** Row {@code index} of a list, with its controls named {@code list[index].field}. */
    static Row row(Field list, int index, JsonNode value) {
        String path = list.path() + "[" + index + "]";
        List<Control> controls = new ArrayList<>();
        for (Field child : list.children()) {
            Control control = control(child, path + "." + child.name(), value.path(child.name()));
            controls.add(child.name().equals("id") ? new Control(control.name(), control.id(), control.label(), control.help(), "hidden",
                    control.value(), List.of(), null, null) : control);
        }
        return new Row(FieldLocator.anchor(path), path, list.rowNoun() + " " + (index + 1), controls);
    }

    private static Control control(Field field, String path, JsonNode value) {
        String id = FieldLocator.anchor(path);
        List<Choice> choices = new ArrayList<>();
        String kind;
        switch (field.kind()) {
            case YES_NO -> {
                kind = "yesno";
                choices.add(new Choice("true", "Yes", null, id + "-yes", value.isBoolean() && value.asBoolean()));
                choices.add(new Choice("false", "No", null, id + "-no", value.isBoolean() && !value.asBoolean()));
                choices.add(new Choice("", "Not decided yet", null, id + "-unset", !value.isBoolean()));
            }
            case CHOICE -> {
                kind = "choice";
                for (Field.Option option : field.options()) {
                    choices.add(new Choice(option.value(), option.label(), option.help(), id + "-" + option.value(),
                            option.value().equals(value.asText(null))));
                }
                if (value.isValueNode() && field.option(value.asText()) == null) {
                    // Kept (and flagged by validation) rather than silently dropped on the next change.
                    choices.add(new Choice(value.asText(), value.asText() + " (not an allowed value)", null, id + "-other", true));
                }
            }
            case CHOICES -> {
                kind = "choices";
                List<String> selected = new ArrayList<>();
                value.forEach(v -> selected.add(v.asText()));
                for (Field.Option option : field.options()) {
                    choices.add(new Choice(option.value(), option.label(), option.help(), id + "-" + option.value(),
                            selected.contains(option.value())));
                }
                choices.add(new Choice("", "None of these", "Say so when the answer is none, rather than leaving it undecided.",
                        id + "-none", value.isArray() && value.isEmpty()));
            }
            default -> kind = field.kind().name().toLowerCase().replace("_", "");
        }
        String text = value.isMissingNode() || value.isNull() || value.isContainerNode() ? "" : value.asText();
        return new Control(path, id, field.label(), field.help(), kind, text, choices, field.minimum(), field.maximum());
    }
}
