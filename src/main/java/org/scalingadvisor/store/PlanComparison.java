package org.scalingadvisor.store;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a plan (CONTRACT §6): the verdict, the fields, the advice
 * items resolved or added, and those whose priority moved. Items are matched by ruleId.
 */
@Serdeable
public record PlanComparison(int from, int to, VerdictChange verdict, List<String> fieldsChanged,
                             List<String> resolved, List<String> added, List<Change> changed) {

    /** The verdict of each version. */
    @Serdeable
    public record VerdictChange(String from, String to) {
    }

    /** An item in both versions whose score, band or rank differs. */
    @Serdeable
    public record Change(String ruleId, Standing from, Standing to) {
    }

    /** An item's priority and place in one version. */
    @Serdeable
    public record Standing(int score, String band, int rank) {
    }

    /**
     * An item in both evaluations whose words differ: {@code part} is {@code title}, {@code message}, or
     * {@code signs/<sign id>} for the text of one sign a diagnosis lists.
     */
    @Serdeable
    public record Rewording(String ruleId, String part, String from, String to) {
    }

    /**
     * What changed between two plans and their evaluations, without version numbers: the part of a
     * comparison that replaying a stored evaluation shares with comparing drafts, and the items reworded
     * (a rule edit may change words alone).
     */
    @Serdeable
    public record Changes(VerdictChange verdict, List<String> fieldsChanged, List<String> resolved, List<String> added,
                          List<Change> changed, List<Rewording> reworded) {

        /** True when an advice item was added or resolved, or its score, band or rank moved. */
        public boolean itemsChanged() {
            return !resolved.isEmpty() || !added.isEmpty() || !changed.isEmpty();
        }

        public boolean verdictChanged() {
            return !Objects.equals(verdict.from(), verdict.to());
        }

        /** True when an item in both evaluations has another title, message or sign text. */
        public boolean textChanged() {
            return !reworded.isEmpty();
        }
    }

    public static PlanComparison of(PlanStore.Version from, PlanStore.Version to) {
        Changes changes = between(from.plan(), from.evaluation(), to.plan(), to.evaluation());
        return new PlanComparison(from.version(), to.version(), new VerdictChange(from.verdict(), to.verdict()),
                changes.fieldsChanged(), changes.resolved(), changes.added(), changes.changed());
    }

    /** Compares two plans (JSON) and their evaluations (the evaluation JSON the API answers with). */
    public static Changes between(JsonNode fromPlan, JsonNode fromEvaluation, JsonNode toPlan, JsonNode toEvaluation) {
        Map<String, JsonNode> before = itemsById(fromEvaluation);
        Map<String, JsonNode> after = itemsById(toEvaluation);
        List<String> resolved = before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
        List<String> added = after.keySet().stream().filter(id -> !before.containsKey(id)).toList();
        List<Change> changed = new ArrayList<>();
        List<Rewording> reworded = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : after.entrySet()) {
            JsonNode old = before.get(entry.getKey());
            if (old != null) {
                reworded(entry.getKey(), old, entry.getValue(), reworded);
                Standing was = standing(old);
                Standing now = standing(entry.getValue());
                if (!was.equals(now)) {
                    changed.add(new Change(entry.getKey(), was, now));
                }
            }
        }
        List<String> fields = new ArrayList<>();
        diff("", fromPlan, toPlan, fields);
        return new Changes(new VerdictChange(fromEvaluation.at("/summary/verdict").asText(),
                toEvaluation.at("/summary/verdict").asText()), fields, resolved, added, changed, reworded);
    }

    private static void reworded(String ruleId, JsonNode was, JsonNode now, List<Rewording> into) {
        for (String part : List.of("title", "message")) {
            if (!was.path(part).asText().equals(now.path(part).asText())) {
                into.add(new Rewording(ruleId, part, was.path(part).asText(), now.path(part).asText()));
            }
        }
        Map<String, String> signsWere = signTexts(was);
        signTexts(now).forEach((sign, text) -> {
            String old = signsWere.get(sign);
            if (old != null && !old.equals(text)) {
                into.add(new Rewording(ruleId, "signs/" + sign, old, text));
            }
        });
    }

    private static Map<String, String> signTexts(JsonNode item) {
        Map<String, String> texts = new LinkedHashMap<>();
        item.path("signs").forEach(sign -> texts.put(sign.path("id").asText(), sign.path("text").asText()));
        return texts;
    }

    private static Map<String, JsonNode> itemsById(JsonNode evaluation) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        evaluation.path("advice").forEach(item -> items.put(item.path("ruleId").asText(), item));
        return items;
    }

    private static Standing standing(JsonNode item) {
        return new Standing(item.at("/priority/score").asInt(), item.at("/priority/band").asText(), item.path("rank").asInt());
    }

    /** Collects the JSON pointers of the leaves (or whole subtrees) that differ, in document order. */
    private static void diff(String pointer, JsonNode a, JsonNode b, List<String> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                diff(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), a.get(name), b.get(name), out);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray() && a.size() > 0 && a.get(0).isContainerNode()) {
            Iterator<JsonNode> left = a.elements();
            Iterator<JsonNode> right = b.elements();
            for (int i = 0; left.hasNext() || right.hasNext(); i++) {
                diff(pointer + "/" + i, left.hasNext() ? left.next() : null, right.hasNext() ? right.next() : null, out);
            }
        } else {
            out.add(pointer);
        }
    }
}
