package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An evaluation as a planner reads it: the verdict in words, the first actions, then diagnoses
 * (with their signs), open questions, recommendations and strengths. Each item carries its why
 * (the priority contributions), its sources by document and section, and its evidence as the
 * plan's own field labels linked to the controls. Read from the evaluation JSON, so fields the
 * evaluation gains (firstActions, signs) show when present.
 */
record AdviceView(String verdict, String verdictText, String rulesetVersion, List<Item> firstActions,
                  List<Item> diagnoses, List<Item> questions, List<Item> recommendations, List<Item> strengths,
                  List<Item> more) {

    /** The items shown (not folded), of every kind, in rank order: the printed report's "most important first". */
    public List<Item> shown() {
        List<Item> shown = new ArrayList<>(diagnoses);
        shown.addAll(questions);
        shown.addAll(recommendations);
        shown.addAll(strengths);
        shown.sort(java.util.Comparator.comparingInt(Item::rank));
        return shown;
    }

    /**
     * The documents the items shown cite, each once, in the order the report first cites them: the printed report
     * lists them at its end and each item cites them by number, so a title is not repeated under every item.
     */
    public List<String> references() {
        List<String> documents = new ArrayList<>();
        for (Item item : shown()) {
            for (Source source : item.sources()) {
                if (!documents.contains(source.document())) {
                    documents.add(source.document());
                }
            }
        }
        return documents;
    }

    /** An item's sources by the number of their document in {@link #references()}: "[1] Myth 5, Mechanism 2". */
    public List<String> citationsOf(Item item) {
        List<String> documents = references();
        java.util.Map<String, List<String>> sections = new java.util.LinkedHashMap<>();
        item.sources().forEach(s -> sections.computeIfAbsent(s.document(), d -> new ArrayList<>()).add(s.section()));
        List<String> out = new ArrayList<>();
        sections.forEach((document, parts) -> out.add("[" + (documents.indexOf(document) + 1) + "] " + String.join(", ", parts)));
        return out;
    }

    /**
     * One advice item; {@code about} names the plan's own activities and groups it concerns, and {@code why}
     * leaves out the points for signs, which the item lists already.
     */
    record Item(int rank, String ruleId, String kind, String title, String message, int score, String level,
                List<Because> why, List<Source> sources, List<FieldLink> evidence, List<FieldLink> missing,
                List<Sign> signs, List<String> about, boolean folded) {

        /** What the planner calls this kind of item ("question", not the rules' GAP). */
        public String kindWord() {
            return AdviceView.kindWord(kind);
        }
    }

    /** A kind of advice in the page's words: a GAP is a question the plan leaves open. */
    static String kindWord(String kind) {
        return kind.equals("GAP") ? "question" : kind.toLowerCase(java.util.Locale.ROOT);
    }

    /** Points a rule added to the item's priority, and why. */
    record Because(int points, String reason) {
    }

    /** A source document and the section cited. */
    record Source(String document, String section) {
    }

    /** A plan field, labelled as on the form; anchor is null when no control edits it. */
    record FieldLink(String label, String anchor) {
    }

    /** One sign of a myth the plan shows, with the fields it rests on. */
    record Sign(String text, List<FieldLink> evidence) {
    }

    static String verdictText(String verdict) {
        return switch (verdict) {
            case "READY" -> "Ready: no critical or high-priority problems found";
            case "NEEDS_WORK" -> "Needs work before it is ready to spread";
            case "NOT_READY" -> "Not ready: serious problems to fix first";
            default -> verdict;
        };
    }

    /** The verdict's words, saying why a plan is not ready: a critical problem, or several serious ones together. */
    static String verdictText(String verdict, int criticalItems) {
        if (!verdict.equals("NOT_READY")) {
            return verdictText(verdict);
        }
        return criticalItems > 0 ? "Not ready: at least one critical problem to fix first"
                : "Not ready: several serious problems, together, to fix first";
    }

    static AdviceView of(JsonNode evaluation, FieldLocator locator, Map<String, String> documents) {
        Map<String, Item> byRule = new HashMap<>();
        List<Item> diagnoses = new ArrayList<>();
        List<Item> questions = new ArrayList<>();
        List<Item> recommendations = new ArrayList<>();
        List<Item> strengths = new ArrayList<>();
        List<Item> more = new ArrayList<>();
        for (JsonNode node : evaluation.path("advice")) {
            Item item = item(node, locator, documents);
            byRule.put(item.ruleId(), item);
            if (item.folded()) {
                more.add(item);
                continue;
            }
            switch (item.kind()) {
                case "DIAGNOSIS" -> diagnoses.add(item);
                case "GAP" -> questions.add(item);
                case "STRENGTH" -> strengths.add(item);
                default -> recommendations.add(item);
            }
        }
        List<Item> first = new ArrayList<>();
        for (JsonNode id : evaluation.at("/summary/firstActions")) {
            Item item = byRule.get(id.asText());
            if (item != null) {
                first.add(item);
            }
        }
        String verdict = evaluation.at("/summary/verdict").asText();
        return new AdviceView(verdict, verdictText(verdict, evaluation.at("/summary/counts/CRITICAL").asInt()),
                evaluation.at("/ruleset/version").asText(), first,
                diagnoses, questions, recommendations, strengths, more);
    }

    private static Item item(JsonNode node, FieldLocator locator, Map<String, String> documents) {
        List<Because> why = new ArrayList<>();
        for (JsonNode c : node.at("/priority/contributions")) {
            String reason = c.path("reason").asText();
            if (!reason.startsWith("sign: ")) {
                why.add(new Because(c.path("points").asInt(), reason));
            }
        }
        List<String> about = new ArrayList<>();
        node.path("about").forEach(a -> about.add(a.asText()));
        List<Source> sources = new ArrayList<>();
        for (JsonNode s : node.path("sources")) {
            String id = s.path("sourceId").asText();
            sources.add(new Source(documents.getOrDefault(id, id), s.path("section").asText()));
        }
        List<Sign> signs = new ArrayList<>();
        for (JsonNode s : node.path("signs")) {
            signs.add(new Sign(s.path("text").asText(), links(s.path("evidence"), locator)));
        }
        return new Item(node.path("rank").asInt(), node.path("ruleId").asText(), node.path("kind").asText(),
                node.path("title").asText(), node.path("message").asText(), node.at("/priority/score").asInt(),
                node.at("/priority/band").asText(), why, sources, links(node.at("/trace/evidence"), locator),
                links(node.at("/trace/missing"), locator), signs, List.copyOf(about), node.path("folded").asBoolean(false));
    }

    private static List<FieldLink> links(JsonNode pointers, FieldLocator locator) {
        List<FieldLink> links = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (JsonNode pointer : pointers) {
            FieldLocator.Location at = locator.locate(pointer.asText());
            FieldLink link = at == null ? new FieldLink(pointer.asText(), null) : new FieldLink(at.label(), at.anchor());
            if (!seen.contains(link.label())) {
                seen.add(link.label());
                links.add(link);
            }
        }
        return links;
    }
}
