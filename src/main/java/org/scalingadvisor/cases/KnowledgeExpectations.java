package org.scalingadvisor.cases;

import com.fasterxml.jackson.databind.JsonNode;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.ruleset.Kind;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Expectations written in the knowledge catalogue's terms, so that a reviewer who knows the sources
 * but not our rule ids can write them: verdicts allowed, myths present or absent, knowledge ids the
 * advice must (or must not) cite, questions asked about silent fields, and the signs a diagnosis lists.
 */
final class KnowledgeExpectations {

    private KnowledgeExpectations() {
    }

    static void check(JsonNode expect, Evaluation evaluation, List<String> failures) {
        String verdict = evaluation.summary().verdict();
        if (expect.has("verdictIn") && texts(expect.get("verdictIn")).stream().noneMatch(verdict::equals)) {
            failures.add("verdict: expected one of " + texts(expect.get("verdictIn")) + ", got " + verdict);
        }
        List<String> myths = evaluation.summary().myths();
        for (String myth : texts(expect.path("mythsPresent"))) {
            if (!myths.contains(myth)) {
                failures.add("expected " + myth + " to be diagnosed; diagnosed " + myths);
            }
        }
        for (String myth : texts(expect.path("mythsAbsent"))) {
            if (myths.contains(myth)) {
                failures.add("expected " + myth + " not to be diagnosed, but it is (" + signsOf(evaluation, myth) + ")");
            }
        }
        Set<String> advised = cited(evaluation, Set.of(Kind.DIAGNOSIS, Kind.RECOMMENDATION, Kind.GAP));
        for (String ref : texts(expect.path("recommends"))) {
            if (!advised.contains(ref)) {
                failures.add("expected advice citing " + ref + "; advice cites " + advised);
            }
        }
        Set<String> asked = cited(evaluation, Set.of(Kind.GAP));
        for (String ref : texts(expect.path("asksAbout"))) {
            if (!asked.contains(ref)) {
                failures.add("expected a question (GAP) citing " + ref + "; questions cite " + asked);
            }
        }
        Set<String> recommended = cited(evaluation, Set.of(Kind.RECOMMENDATION));
        for (String ref : texts(expect.path("notRecommends"))) {
            if (recommended.contains(ref)) {
                failures.add("expected no recommendation citing " + ref + ", but "
                        + evaluation.advice().stream().filter(i -> i.kind().equals(Kind.RECOMMENDATION) && i.refs().contains(ref))
                        .map(Evaluation.Item::ruleId).toList() + " cite it");
            }
        }
        Set<String> signs = new TreeSet<>();
        evaluation.advice().forEach(i -> i.signs().forEach(s -> signs.add(s.id())));
        for (String sign : texts(expect.path("signs"))) {
            if (!signs.contains(sign)) {
                failures.add("expected the sign " + sign + " on a diagnosis; signs given " + signs);
            }
        }
        for (String sign : texts(expect.path("noSigns"))) {
            if (signs.contains(sign)) {
                failures.add("expected no sign " + sign + ", but a diagnosis lists it");
            }
        }
    }

    private static Set<String> cited(Evaluation evaluation, Set<String> kinds) {
        Set<String> refs = new TreeSet<>();
        evaluation.advice().stream().filter(i -> kinds.contains(i.kind())).forEach(i -> refs.addAll(i.refs()));
        return refs;
    }

    private static List<String> signsOf(Evaluation evaluation, String myth) {
        return evaluation.advice().stream().filter(i -> i.kind().equals(Kind.DIAGNOSIS) && i.refs().contains(myth))
                .flatMap(i -> i.signs().stream().map(Evaluation.Sign::id)).toList();
    }

    private static List<String> texts(JsonNode array) {
        return array.isArray() ? java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList()
                : List.of();
    }
}
