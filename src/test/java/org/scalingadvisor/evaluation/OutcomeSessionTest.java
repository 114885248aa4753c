package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;
import org.scalingadvisor.SamplePlans;
import org.scalingadvisor.plan.FixedAnswerFields;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential: a session moved from one set of facts to another (only the facts that differ deleted or
 * inserted) gives what a fresh session gives, on every sample, case and calibration plan in a random order
 * ({@code -Dwhatifs.seed=N} repeats one); and the what-ifs made that way equal every variant evaluated on a
 * fresh session. Moving across whole plans is far harsher than the what-ifs' one field at a time: it is what
 * found the rule shape {@code IncrementalSafety} keeps on fresh sessions.
 */
class OutcomeSessionTest {

    @Test
    void aSessionMovedAcrossPlansInAnyOrderGivesWhatAFreshSessionGives() throws Exception {
        long seed = Long.getLong("whatifs.seed", System.nanoTime());
        Ruleset rules = LeanOutcomeTest.rules();
        PlanReader reader = new PlanReader();
        Evaluator evaluator = new Evaluator();
        List<List<Object>> facts = new ArrayList<>();
        for (SamplePlans.SamplePlan sample : SamplePlans.all()) {
            facts.add(PlanFacts.of(reader.read(sample.bytes()), rules.categories(), rules.thresholds()));
        }
        List<Outcome> fresh = facts.stream().map(f -> evaluator.outcome(f, rules)).toList();
        List<Integer> order = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < facts.size(); i++) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(seed));

        try (OutcomeSession session = evaluator.outcomeSession(rules)) {
            for (int step = 0; step < order.size(); step++) {
                int plan = order.get(step);
                Outcome got = session.outcome(facts.get(plan));
                assertEquals(fresh.get(plan), got, "seed " + seed + ", step " + step + ", plan " + plan);
            }
        }
        assertTrue(facts.size() > 100, "plans: " + facts.size());
    }

    @Test
    void incrementalWhatIfsOfEveryPlanEqualEveryVariantOnAFreshSession() throws Exception {
        Ruleset rules = LeanOutcomeTest.rules();
        PlanReader reader = new PlanReader();
        Evaluator evaluator = new Evaluator();
        List<FixedAnswerFields.Field> fields = new FixedAnswerFields(reader).all();
        ExecutorService lent = Executors.newFixedThreadPool(2);
        try {
            WhatIfs fresh = new WhatIfs(evaluator, fields, null, 1, WhatIfs.Strategy.EVERY_VARIANT);
            WhatIfs incremental = new WhatIfs(evaluator, fields, lent, 3, WhatIfs.Strategy.INCREMENTAL);
            int changing = 0;
            for (SamplePlans.SamplePlan sample : SamplePlans.all()) {
                ScalingPlan plan = reader.read(sample.bytes());
                WhatIfs.Result expected = fresh.all(plan, rules);
                WhatIfs.Result got = incremental.all(plan, rules);
                assertEquals(expected.base(), got.base(), sample.name());
                assertEquals(expected.fields(), got.fields(), sample.name());
                changing += (int) got.fields().stream().flatMap(f -> f.answers().stream())
                        .filter(t -> !t.outcome().verdict().equals(got.base().verdict())).count();
            }
            assertTrue(changing > 100, "answers that change a verdict: " + changing);
        } finally {
            lent.shutdown();
        }
    }
}
