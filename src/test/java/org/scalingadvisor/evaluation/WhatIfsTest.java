package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.SamplePlans;
import org.scalingadvisor.plan.FixedAnswerFields;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The what-ifs skip what the rules cannot tell apart, and are checked by evaluation: on every sample, case and
 * calibration plan, every allowed answer of every field with fixed answers (answered or not, and no answer for
 * an answered one) gets exactly the outcome a full evaluation of that plan, read from its JSON, gets.
 */
class WhatIfsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOutcomeIsThatOfAFullEvaluationOfTheVariant() throws Exception {
        Ruleset rules = LeanOutcomeTest.rules();
        PlanReader reader = new PlanReader();
        Evaluator evaluator = new Evaluator();
        List<FixedAnswerFields.Field> fields = new FixedAnswerFields(reader).all();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            WhatIfs whatIfs = new WhatIfs(evaluator, fields, pool, 3, WhatIfs.Strategy.INCREMENTAL);
            int evaluations = 0;
            int variants = 0;
            for (SamplePlans.SamplePlan sample : SamplePlans.all()) {
                ScalingPlan plan = reader.read(sample.bytes());
                WhatIfs.Result result = whatIfs.all(plan, rules);
                assertEquals(Outcome.of(evaluator.evaluate(plan, rules, null)), result.base(), sample.name());
                assertEquals(fields.size(), result.fields().size(), sample.name());
                int tried = 0;
                for (WhatIfs.FieldTried field : result.fields()) {
                    for (WhatIfs.Tried answer : field.answers()) {
                        JsonNode variant = SamplePlans.withAnswer(sample.json(), field.field(), answer.answer());
                        Outcome full = Outcome.of(evaluator.evaluate(reader.read(JSON.writeValueAsBytes(variant)), rules, null));
                        assertEquals(full, answer.outcome(), sample.name() + ": " + field.field() + " = " + answer.answer());
                        tried++;
                    }
                }
                assertEquals(tried, result.variants(), sample.name());
                evaluations += result.evaluations();
                variants += result.variants();
            }
            assertTrue(evaluations < variants, "skipping ran " + evaluations + " evaluations for " + variants + " variants");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void openFieldsAreOnlyThoseThePlanLeavesOut() throws Exception {
        Ruleset rules = LeanOutcomeTest.rules();
        PlanReader reader = new PlanReader();
        WhatIfs whatIfs = new WhatIfs(new Evaluator(), new FixedAnswerFields(reader).all(), null, 1, WhatIfs.Strategy.INCREMENTAL);
        ScalingPlan plan = reader.read(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("samples", "plans", "research-aligned.json")));
        WhatIfs.Result all = whatIfs.all(plan, rules);
        WhatIfs.Result open = whatIfs.open(plan, rules);
        List<String> expected = all.fields().stream().filter(f -> !f.answered()).map(WhatIfs.FieldTried::field).toList();
        assertEquals(expected, open.fields().stream().map(WhatIfs.FieldTried::field).toList());
        assertTrue(all.fields().stream().anyMatch(WhatIfs.FieldTried::answered), "the largest sample answers some fields");
        for (WhatIfs.FieldTried field : all.fields()) {
            JsonNode last = field.answers().get(field.answers().size() - 1).answer();
            assertEquals(field.answered(), last == null, field.field() + ": an answered field is also tried with no answer, last");
        }
    }
}
