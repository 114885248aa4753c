package org.scalingadvisor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.scalingadvisor.evaluation.Outcome;
import org.scalingadvisor.evaluation.WhatIfs;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Questions that matter first: each question the plan leaves open that has a fixed set of answers
 * (yes/no, a choice, a list of choices) is tried with every answer, by evaluating the plan with it
 * ({@link WhatIfs}: answers the rules cannot tell apart are evaluated once).
 * A question one of whose answers moves the verdict, or changes the first actions, matters; one
 * that changes neither cannot change this plan's advice now and is optional. Questions answered by
 * typing (numbers, text) and the rows' own fields are not tried.
 */
@Singleton
final class QuestionsThatMatter {

    /** An open question and the answer that shows it matters: from one verdict to another, or new first actions. */
    record Question(String path, String label, String anchor, JsonNode answer, String answerWords, boolean movesVerdict,
                    String from, String to) {

        /** What answering could do, in words: "could move you from Needs work to Ready". */
        public String claim() {
            return movesVerdict ? "could move you from " + words(from) + " to " + words(to) : "could change what to act on first";
        }

        private static String words(String verdict) {
            return switch (verdict) {
                case "NOT_READY" -> "Not ready";
                case "NEEDS_WORK" -> "Needs work";
                default -> "Ready";
            };
        }
    }

    /** An open question that cannot change this plan's verdict or first actions. */
    record Optional(String path, String label, String anchor) {
    }

    /** What matters, most first; what is optional; how many evaluations it took (the plan's own among them). */
    record Result(List<Question> matter, List<Optional> optional, int evaluations) {
    }

    private static final List<String> VERDICTS = List.of("NOT_READY", "NEEDS_WORK", "READY");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlanReader reader;
    private final WhatIfs whatIfs;
    private final RulesetHolder rules;
    private final PlanFields fields;
    private final FieldLocator locator;

    QuestionsThatMatter(PlanReader reader, WhatIfs whatIfs, RulesetHolder rules, PlanFields fields, FieldLocator locator) {
        this.reader = reader;
        this.whatIfs = whatIfs;
        this.rules = rules;
        this.fields = fields;
        this.locator = locator;
    }

    Result of(JsonNode plan) {
        ScalingPlan read;
        try {
            read = reader.read(JSON.writeValueAsBytes(plan));
        } catch (PlanRejectedException e) {
            return new Result(List.of(), List.of(), 0);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the editor's plan did not serialise", e);
        }
        WhatIfs.Result tried = whatIfs.open(read, rules.current());
        List<Question> matter = new ArrayList<>();
        List<Optional> optional = new ArrayList<>();
        for (WhatIfs.FieldTried field : tried.fields()) {
            Question question = mostTelling(fields.byPath(field.field()), field, tried.base());
            if (question != null) {
                matter.add(question);
            } else {
                FieldLocator.Location at = locator.locate(pointer(field.field()));
                optional.add(new Optional(field.field(), at.label(), at.anchor()));
            }
        }
        matter.sort(Comparator.comparing((Question q) -> !q.movesVerdict()).thenComparing(q -> -VERDICTS.indexOf(q.to())));
        return new Result(List.copyOf(matter), List.copyOf(optional), tried.evaluations());
    }

    /** The answer that shows a question matters most: one moving the verdict furthest, else one changing the first actions. */
    private Question mostTelling(Field field, WhatIfs.FieldTried tried, Outcome base) {
        Question best = null;
        for (WhatIfs.Tried answer : tried.answers()) {
            String from = base.verdict();
            String to = answer.outcome().verdict();
            boolean moves = !from.equals(to);
            if (moves || !base.firstActions().equals(answer.outcome().firstActions())) {
                Question q = question(field, answer.answer(), moves, from, to);
                if (best == null || (moves && (!best.movesVerdict() || VERDICTS.indexOf(to) > VERDICTS.indexOf(best.to())))) {
                    best = q;
                }
            }
        }
        return best;
    }

    private Question question(Field field, JsonNode answer, boolean moves, String from, String to) {
        FieldLocator.Location at = locator.locate(pointer(field.path()));
        return new Question(field.path(), at.label(), at.anchor(), answer, FieldLocator.display(field, answer), moves, from, to);
    }

    private static String pointer(String path) {
        return "/" + path.replace('.', '/');
    }
}
