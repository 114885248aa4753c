package org.scalingadvisor.evaluation;

import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.Thresholds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The severity model's fixed parts, driven by thresholds.properties (the trainers' guide explains
 * them): caps that keep a mild diagnosis below CRITICAL and questions below diagnoses, the verdict
 * over the whole plan, and the few items to act on first.
 */
final class Severity {

    static final String CAP_ID = "severity.cap";
    private static final List<String> ACTION_KINDS = List.of(Kind.DIAGNOSIS, Kind.RECOMMENDATION, Kind.GAP);

    /** The catalogue's viability test (KNOWLEDGE.md): value for money and a way to pay where the innovation lands. */
    private static final String VIABLE = "DVF-3";

    private Severity() {
    }

    /**
     * A negative contribution that holds an item below a ceiling, or null: a diagnosis whose signs add up
     * to less than severity.critical.sign.points stays below CRITICAL however many modifiers apply, and so does one
     * whose rule is marked {@code @critical(false)} (a myth that slows spread but does not stop it on its own); one whose
     * signs pass that line scores at most CRITICAL's floor plus the points they pass it by (with the house base of 45,
     * its base and the signs that count toward CRITICAL: modifiers and {@code @critical(false)} signs then lift it no
     * further); a
     * question (GAP) scores no higher than severity.gap.max, and below the lowest diagnosis when a myth is diagnosed;
     * a recommendation scores no higher than severity.recommendation.max, unless the plan fails a test of scalability
     * outright (viability: it cites DVF-3; or its rule says {@code @critical(true)}, as evidence of no benefit does): that
     * one is held at severity.viability.max, since a plan nobody will pay for, or one spreading what does not work,
     * cannot spread.
     */
    static Evaluation.Contribution cap(String kind, List<String> refs, int sum, int signPoints, boolean mayBeCritical,
                                       int lowestDiagnosis, Thresholds thresholds) {
        int critical = (int) thresholds.get("band.critical");
        if (Kind.DIAGNOSIS.equals(kind) && sum >= critical && !mayBeCritical) {
            return new Evaluation.Contribution(CAP_ID, critical - 1 - sum,
                    "held below CRITICAL: this myth slows spread but does not stop it on its own");
        }
        int criticalSignPoints = (int) thresholds.get("severity.critical.sign.points");
        if (Kind.DIAGNOSIS.equals(kind) && sum >= critical && signPoints < criticalSignPoints) {
            return new Evaluation.Contribution(CAP_ID, critical - 1 - sum,
                    "held below CRITICAL: the signs found are not enough on their own to put this at the top");
        }
        // Past the line, a diagnosis rises above CRITICAL's floor by as many points as its signs pass it: one more sign
        // moves it by that sign's weight, never by the modifiers the ceiling below had been holding back (issue 18,
        // property 3: a course shortened into a token swapped a 15-point sign for a 25-point one and the myth went
        // from 74 to 100).
        int criticalCeiling = critical - 1 + (signPoints - criticalSignPoints + 1);
        if (Kind.DIAGNOSIS.equals(kind) && signPoints >= criticalSignPoints && sum > criticalCeiling) {
            return new Evaluation.Contribution(CAP_ID, criticalCeiling - sum,
                    "held near CRITICAL's floor: a critical myth ranks higher as its signs add up, not as modifiers do");
        }
        boolean viability = mayBeCritical && thresholds.has("severity.viability.max");
        int recommendationMax = (int) thresholds.get(viability ? "severity.viability.max" : "severity.recommendation.max");
        if (Kind.RECOMMENDATION.equals(kind) && sum > recommendationMax) {
            return new Evaluation.Contribution(CAP_ID, recommendationMax - sum, viability
                    ? "held at the ceiling for a failed test of scalability"
                    : "held below CRITICAL: a missing condition, however serious, is a concern to fix; CRITICAL is for a plan built on a myth or one nobody will pay for");
        }
        if (Kind.GAP.equals(kind)) {
            // Held whether or not a myth is diagnosed: otherwise finding a myth would lower a question's band, and
            // a plan that gains a myth could get a milder verdict.
            int gapMax = (int) thresholds.get("severity.gap.max");
            int ceiling = lowestDiagnosis == Integer.MAX_VALUE ? gapMax : Math.min(gapMax, lowestDiagnosis - 1);
            if (sum > ceiling) {
                return new Evaluation.Contribution(CAP_ID, ceiling - sum, ceiling < gapMax
                        ? "held below the diagnoses: a question the plan leaves open ranks after the myths it shows"
                        : "held at the ceiling for questions: a question the plan leaves open is never CRITICAL");
            }
        }
        return null;
    }

    /**
     * NOT_READY when any diagnosis, recommendation or question is CRITICAL, when verdict.notready.diagnoses
     * myths are diagnosed, when verdict.notready.key.questions key questions (HIGH gaps) are unanswered, or when
     * verdict.notready.concerns serious concerns (HIGH recommendations) add up;
     * NEEDS_WORK when any is HIGH, any myth is diagnosed, verdict.needswork.concerns concerns (MEDIUM
     * recommendations) are open, or verdict.needswork.open items of weight (MEDIUM recommendations and gaps together)
     * are open; READY otherwise. Strengths never count.
     */
    static String verdict(List<Evaluation.Item> items, Thresholds thresholds) {
        boolean critical = false;
        boolean high = false;
        int diagnoses = 0;
        int keyQuestions = 0;
        int concerns = 0;
        int openConcerns = 0;
        int openQuestions = 0;
        for (Evaluation.Item item : items) {
            if (!ACTION_KINDS.contains(item.kind())) {
                continue;
            }
            String band = item.priority().band();
            critical |= band.equals("CRITICAL");
            high |= band.equals("HIGH");
            if (item.kind().equals(Kind.RECOMMENDATION) && band.equals("MEDIUM")) {
                openConcerns++;
            }
            if (item.kind().equals(Kind.GAP) && band.equals("MEDIUM")) {
                openQuestions++;
            }
            if (item.kind().equals(Kind.DIAGNOSIS)) {
                diagnoses++;
            } else if (band.equals("HIGH") || band.equals("CRITICAL")) {
                if (item.kind().equals(Kind.GAP)) {
                    keyQuestions++;
                } else {
                    concerns++;
                }
            }
        }
        if (critical || diagnoses >= thresholds.get("verdict.notready.diagnoses")
                || keyQuestions >= thresholds.get("verdict.notready.key.questions")
                || concerns >= thresholds.get("verdict.notready.concerns")) {
            return "NOT_READY";
        }
        return high || diagnoses > 0 || openConcerns >= thresholds.get("verdict.needswork.concerns")
                || openConcerns + openQuestions >= thresholds.get("verdict.needswork.open") ? "NEEDS_WORK" : "READY";
    }

    /**
     * Up to first.actions.max rule ids of things to do: the plan's worst problems, one action each, from the
     * CRITICAL band and then the HIGH band, in rank order. A diagnosis's action is the highest-ranked
     * recommendation that answers it (builds on it, or cites what it cites beyond the myth), or the diagnosis
     * itself when none does; any other recommendation is its own action. A problem the advice found comes before a
     * question the plan leaves open: HIGH questions follow the problems (a CRITICAL one stands in rank), and when no
     * problem is that high, the highest-ranked one of any band leads. Only when every problem and key question has
     * its action and room is left does a CRITICAL diagnosis get its second answer. When the verdict is not READY and
     * nothing is that high, the top item to act on. Empty when READY. The worst recommendation on viability keeps
     * the last place when the list would leave it out ({@link #keepViability}).
     */
    static List<String> firstActions(List<Evaluation.Item> items, String verdict, Thresholds thresholds) {
        if (verdict.equals("READY")) {
            return List.of();
        }
        int max = (int) thresholds.get("first.actions.max");
        Set<String> first = new java.util.LinkedHashSet<>();
        List<Evaluation.Item> criticalDiagnoses = new ArrayList<>();
        List<String> keyQuestions = new ArrayList<>();
        for (String band : List.of("CRITICAL", "HIGH")) {
            for (Evaluation.Item item : items) {
                if (!item.priority().band().equals(band) || !ACTION_KINDS.contains(item.kind())) {
                    continue;
                }
                if (item.kind().equals(Kind.DIAGNOSIS)) {
                    if (!answeredAlready(item, items, first)) {
                        first.add(answersTo(item, items, first).stream().findFirst().orElse(item.ruleId()));
                    }
                    if (band.equals("CRITICAL")) {
                        criticalDiagnoses.add(item);
                    }
                } else if (item.kind().equals(Kind.GAP) && band.equals("HIGH")) {
                    keyQuestions.add(item.ruleId());
                } else {
                    first.add(item.ruleId());
                }
            }
        }
        if (first.isEmpty() && !keyQuestions.isEmpty()) {
            // Who pays once the money ends is a problem the plan shows (its money ends), not a field it left blank:
            // among the key questions, one on viability leads (Albury's third test of scalability, DVF-3).
            items.stream().filter(i -> keyQuestions.contains(i.ruleId()) && aboutViability(i)).findFirst()
                    .ifPresent(i -> first.add(i.ruleId()));
            items.stream().filter(i -> i.kind().equals(Kind.DIAGNOSIS) || i.kind().equals(Kind.RECOMMENDATION)).findFirst()
                    .ifPresent(i -> first.add(i.kind().equals(Kind.DIAGNOSIS)
                            ? answersTo(i, items, first).stream().findFirst().orElse(i.ruleId()) : i.ruleId()));
        }
        first.addAll(keyQuestions);
        for (Evaluation.Item diagnosis : criticalDiagnoses) {
            answersTo(diagnosis, items, first).stream().findFirst().filter(a -> first.size() < max).ifPresent(first::add);
        }
        if (first.isEmpty()) {
            items.stream().filter(i -> ACTION_KINDS.contains(i.kind())).findFirst().ifPresent(i -> first.add(i.ruleId()));
        }
        return keepViability(first.stream().toList(), items, max);
    }

    /**
     * Viability is a condition of spread (Albury's desirable, feasible, viable test: DVF-3): when the actions chosen
     * would leave out every recommendation on viability in the CRITICAL or HIGH band (a funding cliff, no way to pay),
     * the worst of them takes the last place (a key question or a second answer, which come last), however many myths
     * come before it. A question is never moved up this way.
     */
    private static List<String> keepViability(List<String> chosen, List<Evaluation.Item> items, int max) {
        List<String> kept = chosen.stream().limit(max).toList();
        Map<String, Evaluation.Item> byId = new HashMap<>();
        items.forEach(i -> byId.putIfAbsent(i.ruleId(), i));
        if (kept.size() < max || kept.stream().map(byId::get).anyMatch(Severity::aboutViability)) {
            return kept;
        }
        return items.stream()
                .filter(i -> (i.priority().band().equals("CRITICAL") || i.priority().band().equals("HIGH"))
                        && i.kind().equals(Kind.RECOMMENDATION) && aboutViability(i))
                .findFirst()
                .map(v -> Stream.concat(kept.stream().limit(max - 1), Stream.of(v.ruleId())).toList())
                .orElse(kept);
    }

    private static boolean aboutViability(Evaluation.Item item) {
        return item != null && item.refs().contains(VIABLE);
    }

    /**
     * The recommendations that answer a diagnosis and are not yet chosen, in rank order. One ranked LOW is no first
     * action: the advice holds it back (it waits on something more pressing, such as evidence that found no benefit),
     * so the diagnosis itself stands as the action.
     */
    private static List<String> answersTo(Evaluation.Item diagnosis, List<Evaluation.Item> items, Set<String> chosen) {
        return items.stream()
                .filter(i -> i.kind().equals(Kind.RECOMMENDATION) && !chosen.contains(i.ruleId()) && answers(i, diagnosis)
                        && !i.priority().band().equals("LOW"))
                .map(Evaluation.Item::ruleId).toList();
    }

    /** A diagnosis one of whose answers is already among the actions (a problem ranked above it chose it). */
    private static boolean answeredAlready(Evaluation.Item diagnosis, List<Evaluation.Item> items, Set<String> chosen) {
        return items.stream().anyMatch(i -> chosen.contains(i.ruleId()) && i.kind().equals(Kind.RECOMMENDATION) && answers(i, diagnosis));
    }

    /**
     * The concrete next step in an item's message: its last sentence, which in the trainers' convention
     * says what to do ("Give each activity its months and budget."), with the sentence before it when the
     * last one points back to it ("Say which (...)", "Build it as ...", "Say how they are involved").
     */
    static String nextStep(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String text = message.strip();
        int cut = lastSentenceStart(text, text.length());
        if (cut > 0 && REFERS_BACK.matcher(text.substring(cut)).find()) {
            cut = lastSentenceStart(text, cut - 1);
        }
        return text.substring(Math.max(cut, 0));
    }

    /** A sentence whose first few words point back to the one before. */
    private static final java.util.regex.Pattern REFERS_BACK = java.util.regex.Pattern.compile(
            "^(?:\\S+\\s+){0,2}?(?:it|they|them|this|these|those|that|which|so)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Where the sentence that ends at {@code end} starts (0 for the first). */
    private static int lastSentenceStart(String text, int end) {
        int last = text.charAt(end - 1) == '.' || text.charAt(end - 1) == '?' || text.charAt(end - 1) == '!' ? end - 1 : end;
        int cut = Math.max(text.lastIndexOf(". ", last - 1), Math.max(text.lastIndexOf("? ", last - 1), text.lastIndexOf("! ", last - 1)));
        return cut < 0 ? 0 : cut + 2;
    }

    /** A recommendation answers a diagnosis when it builds on it or cites what it cites (other than the myth itself). */
    private static boolean answers(Evaluation.Item recommendation, Evaluation.Item diagnosis) {
        return recommendation.trace().derivedFrom().contains(diagnosis.ruleId())
                || recommendation.refs().stream().anyMatch(ref -> !ref.startsWith("MYTH-") && diagnosis.refs().contains(ref));
    }
}
