package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.plan.FieldError;
import org.scalingadvisor.plan.PlanReader;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a planner types becomes a plan, or an error in the planner's words: pounds with £ and
 * commas are read as numbers, activity references are made for the planner, a new row without a
 * type waits out of the advice, and what the schema says is wrong is said without its jargon.
 */
class PlannersWordsTest {

    private final PlanFields fields = new PlanFields(new PlanReader());
    private final PlanReader reader = new PlanReader();

    private ObjectNode form(String body) {
        return FormToPlan.convert(FormBody.parse(body), fields);
    }

    @Test
    void poundsWithSignsAndCommasAreNumbers() {
        ObjectNode plan = form("title=t&activities%5B0%5D.type=TRAINING&activities%5B0%5D.budget=%C2%A35%2C000"
                + "&activities%5B1%5D.type=COACHING&activities%5B1%5D.budget=+12%2C500.50+");
        assertEquals(5000, plan.at("/activities/0/budget").asInt());
        assertEquals(12500.5, plan.at("/activities/1/budget").asDouble());
        assertTrue(reader.validate(plan).isEmpty(), reader.validate(plan).toString());
    }

    @Test
    void activityReferencesAreMadeNotTyped() {
        ObjectNode plan = form("title=t&activities%5B0%5D.type=TRAINING&activities%5B1%5D.id=activity-1"
                + "&activities%5B1%5D.type=COACHING&activities%5B2%5D.id=Launch+event&activities%5B2%5D.type=PILOT");
        assertEquals("activity-2", plan.at("/activities/0/id").asText(), "a row without a reference gets the first free one");
        assertEquals("activity-1", plan.at("/activities/1/id").asText(), "a reference already made is kept");
        assertEquals("Launch-event", plan.at("/activities/2/id").asText(), "a typed reference is made valid, not refused");
        assertTrue(reader.validate(plan).isEmpty(), reader.validate(plan).toString());
        EditorForm.Control id = EditorForm.row(fields.byPath("activities"), 0, plan.at("/activities/0")).controls().get(0);
        assertEquals("hidden", id.kind(), "the planner is not asked to type a reference");
    }

    @Test
    void aNewRowWithoutATypeWaitsOutOfTheAdvice() {
        ObjectNode plan = form("title=t&activities%5B0%5D.type=TRAINING&activities%5B1%5D.id=activity-2&activities%5B1%5D.budget="
                + "&stakeholders%5B0%5D.role=");
        Unfinished.Rows unfinished = Unfinished.split(plan, fields);
        assertTrue(reader.validate(unfinished.plan()).isEmpty(), reader.validate(unfinished.plan()).toString());
        assertEquals(1, unfinished.plan().path("activities").size());
        assertFalse(unfinished.plan().has("stakeholders") && unfinished.plan().path("stakeholders").size() > 0);
        assertEquals(List.of("Activity 2", "Stakeholder 1"), unfinished.waiting());
        assertEquals(2, plan.path("activities").size(), "the working copy keeps the row");
    }

    @Test
    void errorsAreInThePlannersWords() {
        ObjectNode plan = form("title=t&durationMonths=two+years&activities%5B0%5D.type=TRAINING&activities%5B0%5D.startMonth=March"
                + "&activities%5B0%5D.budget=five+thousand&activities%5B0%5D.endMonth=0&activities%5B0%5D.sites=lots");
        List<FieldError> errors = reader.validate(plan);
        PlannersWords words = new PlannersWords(fields);
        for (FieldError error : errors) {
            String said = words.say(error);
            assertFalse(said.matches("(?s).*(integer|found string|regex|startMonth|endMonth|is required).*"), said);
        }
        assertTrue(said(words, errors, "/activities/0/startMonth").contains("month as a number"));
        assertTrue(said(words, errors, "/activities/0/budget").contains("pounds, numbers only"));
        assertTrue(said(words, errors, "/durationMonths").contains("number of months"));
        assertTrue(said(words, errors, "/activities/0/sites").contains("whole number"));
        JsonNode missingType = form("title=t&activities%5B0%5D.budget=5");
        assertEquals("Choose the type of this activity, or remove the activity",
                words.say(reader.validate(missingType).get(0)));
    }

    private static String said(PlannersWords words, List<FieldError> errors, String pointer) {
        return errors.stream().filter(e -> e.pointer().equals(pointer)).map(words::say).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + pointer + ": " + errors));
    }
}
