package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.plan.PlanReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's form and the plan agree: a plan drawn as the form and sent back as a browser sends
 * it is the same plan, for plans that answer every field, for every sample, and for absent and
 * empty answers. Every control's name is its field's dotted path.
 */
class EditorFormRoundTripTest {

    private final PlanFields fields = new PlanFields(new PlanReader());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aPlanAnsweringEveryFieldSurvivesTheForm() {
        for (int variant = 0; variant < 6; variant++) {
            ObjectNode plan = CompletePlan.of(fields, variant);
            assertTrue(new PlanReader().validate(plan).isEmpty(), "the complete plan is valid: " + new PlanReader().validate(plan));
            assertEquals(inSchemaOrder(plan), roundTrip(plan), "variant " + variant);
        }
    }

    @Test
    void everySamplePlanSurvivesTheForm() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples", "plans"))) {
            for (Path file : files.sorted().toList()) {
                JsonNode plan = json.readTree(file.toFile());
                assertEquals(inSchemaOrder(plan), roundTrip(plan), file.toString());
            }
        }
    }

    @Test
    void notDecidedStaysAbsentAndNoneStaysEmpty() throws IOException {
        JsonNode plan = json.readTree("{\"title\": \"t\", \"activities\": [], \"approach\": {\"routes\": []},"
                + " \"innovation\": {\"changesProfessionalRoles\": false}}");
        JsonNode back = roundTrip(plan);
        assertEquals(plan, back);
        assertFalse(back.has("stakeholders"), "an unanswered list stays absent");
        assertFalse(back.path("innovation").has("nature"), "an unanswered choice stays absent");
    }

    @Test
    void aValueTheFieldCannotTakeIsKeptAsTypedForValidationToName() throws IOException {
        List<FormBody.Pair> pairs = List.of(new FormBody.Pair("title", "t"), new FormBody.Pair("durationMonths", "twelve"),
                new FormBody.Pair("activities[0].type", ""), new FormBody.Pair("activities[0].budget", "a thousand"));
        JsonNode plan = FormToPlan.convert(new FormBody(pairs), fields);
        assertEquals("twelve", plan.path("durationMonths").asText());
        assertEquals("a thousand", plan.at("/activities/0/budget").asText());
        List<String> pointers = new PlanReader().validate(plan).stream().map(e -> e.pointer()).toList();
        assertTrue(pointers.containsAll(List.of("/durationMonths", "/activities/0/budget", "/activities/0/type")), pointers.toString());
    }

    @Test
    void everyControlIsNamedByItsFieldsDottedPath() {
        List<String> names = new ArrayList<>();
        for (EditorForm.Group group : EditorForm.build(fields, CompletePlan.of(fields, 0))) {
            group.sections().forEach(s -> {
                s.controls().forEach(c -> names.add(c.name()));
                if (s.rows() != null) {
                    s.rows().rows().forEach(r -> r.controls().forEach(c -> names.add(c.name())));
                }
            });
        }
        assertTrue(names.containsAll(List.of("title", "innovation.nature", "activities[1].type", "stakeholders[0].group",
                "communities.practice.facilitated", "approach.routes")), names.toString());
        for (String name : names) {
            assertNotNull(fields.byPath(name), name + " names no field of the schema");
        }
    }

    /**
     * Lists of choices (routes, audiences) are sets: the form lists their values in the schema's
     * order, so a plan comes back with them in that order.
     */
    private JsonNode inSchemaOrder(JsonNode plan) {
        JsonNode copy = plan.deepCopy();
        reorder(copy, fields.all());
        return copy;
    }

    private static void reorder(JsonNode node, List<Field> level) {
        for (Field field : level) {
            JsonNode value = node.path(field.name());
            if (field.kind() == Field.Kind.CHOICES && value.isArray()) {
                List<String> chosen = new ArrayList<>();
                value.forEach(v -> chosen.add(v.asText()));
                ArrayNode ordered = ((ObjectNode) node).putArray(field.name());
                field.options().stream().map(Field.Option::value).filter(chosen::contains).forEach(ordered::add);
            } else if (field.kind() == Field.Kind.GROUP && value.isObject()) {
                reorder(value, field.children());
            } else if (field.kind() == Field.Kind.ROWS && value.isArray()) {
                value.forEach(row -> reorder(row, field.children()));
            }
        }
    }

    /** Draws the plan as the form, then reads the form back as the browser would submit it. */
    private JsonNode roundTrip(JsonNode plan) {
        List<FormBody.Pair> pairs = new ArrayList<>();
        for (EditorForm.Group group : EditorForm.build(fields, plan)) {
            for (EditorForm.Section section : group.sections()) {
                section.controls().forEach(c -> submit(c, pairs));
                if (section.rows() != null) {
                    section.rows().rows().forEach(r -> r.controls().forEach(c -> submit(c, pairs)));
                    if (section.rows().rows().isEmpty() && section.rows().statedEmpty()) {
                        pairs.add(new FormBody.Pair(section.rows().path(), ""));
                    }
                }
            }
        }
        return FormToPlan.convert(new FormBody(pairs), fields);
    }

    private static void submit(EditorForm.Control control, List<FormBody.Pair> pairs) {
        switch (control.kind()) {
            case "choice" -> pairs.add(new FormBody.Pair(control.name(), control.choices().stream()
                    .filter(EditorForm.Choice::selected).map(EditorForm.Choice::value).findFirst().orElse("")));
            case "yesno", "choices" -> control.choices().stream().filter(EditorForm.Choice::selected)
                    .forEach(c -> pairs.add(new FormBody.Pair(control.name(), c.value())));
            default -> pairs.add(new FormBody.Pair(control.name(), control.value()));
        }
    }
}
