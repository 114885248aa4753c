package org.scalingadvisor.evaluation;

import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.ruleset.Ruleset;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The ids of the items the rules in {@code rules/} give a plan written as JSON text: what rule tests assert on. */
final class PlanItems {

    private static Ruleset rules;
    private static final Evaluator EVALUATOR = new Evaluator();

    private PlanItems() {
    }

    /**
     * The rule ids of the items the plan gets, in rank order, with the questions about unbacked claims that a report
     * shows as one item (ReportShape.claimsAsOne) each named: those questions are all asked.
     */
    static synchronized List<String> of(String plan) throws Exception {
        Evaluation evaluation = EVALUATOR.evaluate(read(plan), rules(), null);
        List<String> ids = new java.util.ArrayList<>();
        for (Evaluation.Item item : evaluation.advice()) {
            ids.add(item.ruleId());
            item.trace().merged().stream().filter(id -> id.startsWith("gap.claims")).forEach(ids::add);
        }
        return ids;
    }

    /** The rule ids of the items the plan gets, with every recommendation merged into another named too: all are advised. */
    static synchronized List<String> withMerged(String plan) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        for (Evaluation.Item item : EVALUATOR.evaluate(read(plan), rules(), null).advice()) {
            ids.add(item.ruleId());
            ids.addAll(item.trace().merged());
        }
        return ids;
    }

    /** The full evaluation, for assertions on what an item says (its signs, its first actions). */
    static synchronized Evaluation evaluation(String plan) throws Exception {
        return EVALUATOR.evaluate(read(plan), rules(), null);
    }

    /** The rule ids of an evaluation's items, in rank order. */
    static List<String> ids(Evaluation evaluation) {
        return evaluation.advice().stream().map(Evaluation.Item::ruleId).toList();
    }

    /** The item a rule gave, failing the test with the ids given when it gave none. */
    static Evaluation.Item item(Evaluation evaluation, String ruleId) {
        return evaluation.advice().stream().filter(i -> i.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError(ruleId + " not in " + ids(evaluation)));
    }

    private static org.scalingadvisor.plan.ScalingPlan read(String plan) throws Exception {
        return new PlanReader().read(plan.getBytes(StandardCharsets.UTF_8));
    }

    private static Ruleset rules() throws Exception {
        if (rules == null) {
            rules = LeanOutcomeTest.rules();
        }
        return rules;
    }
}
