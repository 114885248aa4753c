package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.store.PlanAdvice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Questions that matter first: each question the plan leaves open that has a fixed set of answers
 * (yes/no, a choice, a list of choices) is tried with every answer, by evaluating the plan with it.
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

    /** What matters, most first; what is optional; how many evaluations it took. */
    record Result(List<Question> matter, List<Optional> optional, int evaluations) {
    }

    private static final List<String> VERDICTS = List.of("NOT_READY", "NEEDS_WORK", "READY");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PlanAdvice advice;
    private final PlanFields fields;
    private final FieldLocator locator;

    QuestionsThatMatter(PlanAdvice advice, PlanFields fields, FieldLocator locator) {
        this.advice = advice;
        this.fields = fields;
        this.locator = locator;
    }

    Result of(JsonNode plan) {
        JsonNode base;
        try {
            base = advice.advise(plan).evaluation().path("summary");
        } catch (PlanRejectedException e) {
            return new Result(List.of(), List.of(), 0);
        }
        List<Field> open = new ArrayList<>();
        collectOpen(fields.all(), plan, open);
        List<Tried> tried = open.parallelStream().map(field -> tryEach(field, plan, base)).toList();
        List<Question> matter = new ArrayList<>();
        List<Optional> optional = new ArrayList<>();
        int evaluations = 0;
        for (Tried t : tried) {
            evaluations += t.evaluations();
            if (t.question() != null) {
                matter.add(t.question());
            } else {
                FieldLocator.Location at = locator.locate(pointer(t.field().path()));
                optional.add(new Optional(t.field().path(), at.label(), at.anchor()));
            }
        }
        matter.sort(Comparator.comparing((Question q) -> !q.movesVerdict()).thenComparing(q -> -VERDICTS.indexOf(q.to())));
        return new Result(List.copyOf(matter), List.copyOf(optional), evaluations);
    }

    private record Tried(Field field, Question question, int evaluations) {
    }

    private Tried tryEach(Field field, JsonNode plan, JsonNode base) {
        Question best = null;
        List<JsonNode> answers = answers(field);
        for (JsonNode answer : answers) {
            JsonNode summary;
            try {
                summary = advice.advise(with(plan, field.path(), answer)).evaluation().path("summary");
            } catch (PlanRejectedException e) {
                continue;
            }
            String from = base.path("verdict").asText();
            String to = summary.path("verdict").asText();
            boolean moves = !from.equals(to);
            if (moves || !Objects.equals(base.path("firstActions"), summary.path("firstActions"))) {
                Question q = question(field, answer, moves, from, to);
                if (best == null || (moves && (!best.movesVerdict() || VERDICTS.indexOf(to) > VERDICTS.indexOf(best.to())))) {
                    best = q;
                }
            }
        }
        return new Tried(field, best, answers.size());
    }

    private Question question(Field field, JsonNode answer, boolean moves, String from, String to) {
        FieldLocator.Location at = locator.locate(pointer(field.path()));
        return new Question(field.path(), at.label(), at.anchor(), answer, FieldLocator.display(field, answer), moves, from, to);
    }

    private static List<JsonNode> answers(Field field) {
        List<JsonNode> answers = new ArrayList<>();
        switch (field.kind()) {
            case YES_NO -> {
                answers.add(NODES.booleanNode(true));
                answers.add(NODES.booleanNode(false));
            }
            case CHOICE -> field.options().forEach(o -> answers.add(NODES.textNode(o.value())));
            case CHOICES -> {
                answers.add(NODES.arrayNode());
                field.options().forEach(o -> answers.add(NODES.arrayNode().add(o.value())));
            }
            default -> {
            }
        }
        return answers;
    }

    private static void collectOpen(List<Field> level, JsonNode value, List<Field> open) {
        for (Field field : level) {
            JsonNode answer = value.path(field.name());
            if (field.kind() == Field.Kind.GROUP) {
                collectOpen(field.children(), answer, open);
            } else if (answer.isMissingNode() && !answers(field).isEmpty()) {
                open.add(field);
            }
        }
    }

    private static JsonNode with(JsonNode plan, String path, JsonNode answer) {
        ObjectNode copy = plan.deepCopy();
        String[] parts = path.split("\\.");
        ObjectNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.path(parts[i]).isObject() ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
        }
        parent.set(parts[parts.length - 1], answer instanceof ArrayNode a ? a.deepCopy() : answer);
        return copy;
    }

    private static String pointer(String path) {
        return "/" + path.replace('.', '/');
    }
}
