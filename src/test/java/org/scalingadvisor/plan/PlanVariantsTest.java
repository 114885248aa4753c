package org.scalingadvisor.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.SamplePlans;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A variant made on the records is the plan PlanReader reads from the same JSON: every sample, case and
 * calibration plan, every field with a fixed set of answers, every allowed answer and no answer.
 */
class PlanVariantsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aVariantIsWhatReadingTheSameJsonGives() throws Exception {
        PlanReader reader = new PlanReader();
        List<FixedAnswerFields.Field> fields = new FixedAnswerFields(reader).all();
        assertTrue(fields.size() >= 40, "the schema's fields with fixed answers: " + fields.size());
        int checked = 0;
        for (SamplePlans.SamplePlan sample : SamplePlans.all()) {
            ScalingPlan plan = reader.read(sample.bytes());
            for (FixedAnswerFields.Field field : fields) {
                List<JsonNode> answers = new java.util.ArrayList<>(field.answers());
                answers.add(null);
                for (JsonNode answer : answers) {
                    ScalingPlan expected = reader.read(JSON.writeValueAsBytes(SamplePlans.withAnswer(sample.json(), field.path(), answer)));
                    assertEquals(expected, PlanVariants.with(plan, field.path(), answer), sample.name() + " " + field.path() + " = " + answer);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10_000, "variants checked: " + checked);
    }

    @Test
    void theValueAtAPathIsTheRecordsValue() throws Exception {
        PlanReader reader = new PlanReader();
        ScalingPlan plan = reader.read("{\"title\":\"t\",\"innovation\":{\"evidence\":\"ANECDOTAL\"},\"approach\":{\"routes\":[\"NETWORK\"]}}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(Evidence.ANECDOTAL, PlanVariants.valueAt(plan, "innovation.evidence"));
        assertEquals(List.of(Route.NETWORK), PlanVariants.valueAt(plan, "approach.routes"));
        assertEquals(null, PlanVariants.valueAt(plan, "innovation.nature"));
        assertEquals(null, PlanVariants.valueAt(plan, "communities.practice.exists"));
    }
}
