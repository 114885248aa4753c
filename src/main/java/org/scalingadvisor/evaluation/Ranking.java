package org.scalingadvisor.evaluation;

import org.scalingadvisor.facts.Advice;
import org.scalingadvisor.facts.Finding;
import org.scalingadvisor.facts.PriorityPoints;
import org.scalingadvisor.facts.Sign;
import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.RuleInfo;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.Thresholds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ranks what the rules concluded into advice items: scores from base weights, signs and priority points,
 * the severity caps, rank order. The full evaluation adds each item's evidence; the lean one (what-ifs)
 * leaves evidence out and keeps everything the verdict and the first actions depend on.
 */
final class Ranking {

    private Ranking() {
    }

    /** The conclusions still held when the rules settle: ids of findings and advice, and priority points. */
    record Held(Set<String> conclusions, Map<String, List<String>> pointsByAdvice, Map<String, List<String>> signsByMyth) {

        static Held of(Collection<?> objects) {
            Set<String> ids = new HashSet<>();
            Map<String, List<String>> points = new HashMap<>();
            Map<String, List<String>> signs = new HashMap<>();
            for (Object o : objects) {
                if (o instanceof Sign sign) {
                    ids.add(sign.getId());
                    signs.computeIfAbsent(sign.getMyth(), k -> new ArrayList<>()).add(sign.getId());
                } else if (o instanceof Advice advice) {
                    ids.add(advice.getRuleId());
                } else if (o instanceof Finding finding) {
                    ids.add(finding.getId());
                } else if (o instanceof PriorityPoints p) {
                    points.computeIfAbsent(p.getAdviceRuleId(), k -> new ArrayList<>()).add(p.getPriorityRuleId());
                }
            }
            return new Held(ids, points, signs);
        }
    }

    private record Scored(FiringTrace.Conclusion conclusion, Evaluation.Priority priority, List<RuleInfo> signs) {
    }

    /** The advice items in rank order; with {@code withEvidence} false, every evidence and missing list is empty. */
    static List<Evaluation.Item> rank(Map<String, FiringTrace.Conclusion> conclusions, Held held, Ruleset ruleset,
                                      boolean withEvidence) {
        List<Scored> scored = score(conclusions, held, ruleset);
        List<Evaluation.Item> items = new ArrayList<>(scored.size());
        EvidenceIndex index = withEvidence ? new EvidenceIndex(conclusions, held.conclusions()) : null;
        for (Scored s : scored) {
            RuleInfo rule = s.conclusion().rule;
            BitSet evidence = new BitSet();
            BitSet missing = new BitSet();
            if (index != null) {
                index.gather(s.conclusion(), evidence, missing, new HashSet<>());
            }
            List<Evaluation.Sign> signs = new ArrayList<>();
            Set<String> derived = new TreeSet<>(s.conclusion().derivedFrom);
            for (RuleInfo sign : s.signs()) {
                BitSet signEvidence = new BitSet();
                FiringTrace.Conclusion source = conclusions.get(sign.ruleId());
                if (source != null && index != null) {
                    index.gather(source, signEvidence, missing, new HashSet<>());
                }
                evidence.or(signEvidence);
                derived.add(sign.ruleId());
                signs.add(new Evaluation.Sign(sign.ruleId(), sign.title(), pointers(index, signEvidence)));
            }
            items.add(new Evaluation.Item(items.size() + 1, rule.ruleId(), rule.kind(), rule.title(), rule.message(),
                    rule.audiences(), rule.refs(), s.priority(), rule.sources(), List.copyOf(signs),
                    new Evaluation.Trace(rule.name(), rule.file(), rule.line(), pointers(index, evidence),
                            pointers(index, missing), derived.stream().filter(held.conclusions()::contains).toList())));
        }
        return items;
    }

    private static List<String> pointers(EvidenceIndex index, BitSet bits) {
        return index == null ? List.of() : index.pointers(bits);
    }

    /** Every held advice conclusion with its priority, highest score first (then by kind, then by rule id). */
    private static List<Scored> score(Map<String, FiringTrace.Conclusion> conclusions, Held held, Ruleset ruleset) {
        Thresholds thresholds = ruleset.thresholds();
        List<Scored> scored = new ArrayList<>();
        // Diagnoses are scored first, each group in the order the rules concluded: a question is then held below
        // the lowest diagnosis.
        List<FiringTrace.Conclusion> ordered = new ArrayList<>(conclusions.size());
        for (FiringTrace.Conclusion c : conclusions.values()) {
            if (Kind.DIAGNOSIS.equals(c.rule.kind())) {
                ordered.add(c);
            }
        }
        for (FiringTrace.Conclusion c : conclusions.values()) {
            if (!Kind.DIAGNOSIS.equals(c.rule.kind())) {
                ordered.add(c);
            }
        }
        int lowestDiagnosis = Integer.MAX_VALUE;
        for (FiringTrace.Conclusion c : ordered) {
            if (!c.rule.givesAdvice() || !held.conclusions().contains(c.rule.ruleId())) {
                continue;
            }
            List<Evaluation.Contribution> contributions = new ArrayList<>();
            contributions.add(new Evaluation.Contribution(c.rule.ruleId(), c.rule.base(), baseReason(c.rule.kind())));
            int sum = c.rule.base();
            List<RuleInfo> signs = Kind.DIAGNOSIS.equals(c.rule.kind()) ? signsOf(c.rule, held, ruleset) : List.of();
            int signPoints = 0;
            for (RuleInfo sign : signs) {
                contributions.add(new Evaluation.Contribution(sign.ruleId(), sign.points(), "sign: " + sign.title()));
                signPoints += sign.countsTowardCritical() ? sign.points() : 0;
                sum += sign.points();
            }
            List<String> points = held.pointsByAdvice().get(c.rule.ruleId());
            if (points != null) {
                String[] byId = points.toArray(new String[0]);
                Arrays.sort(byId);
                for (String id : byId) {
                    RuleInfo p = ruleset.rule(id).orElseThrow();
                    contributions.add(new Evaluation.Contribution(p.ruleId(), p.points(), p.reason()));
                    sum += p.points();
                }
            }
            Evaluation.Contribution cap = Severity.cap(c.rule.kind(), c.rule.refs(), sum, signPoints,
                    c.rule.countsTowardCritical(), lowestDiagnosis, thresholds);
            if (cap != null) {
                contributions.add(cap);
                sum += cap.points();
            }
            int score = Math.max(0, Math.min(100, sum));
            if (Kind.DIAGNOSIS.equals(c.rule.kind())) {
                lowestDiagnosis = Math.min(lowestDiagnosis, score);
            }
            scored.add(new Scored(c, new Evaluation.Priority(score, thresholds.band(score), contributions), signs));
        }
        // At equal weight, what the plan shows to be wrong comes before what it has not said.
        scored.sort(RANK_ORDER);
        return scored;
    }

    private static final Comparator<Scored> RANK_ORDER = Comparator.comparingInt((Scored s) -> -s.priority().score())
            .thenComparingInt(s -> Kind.ADVICE_KINDS.indexOf(s.conclusion().rule.kind()))
            .thenComparing(s -> s.conclusion().rule.ruleId());

    /** "base weight of this diagnosis": one text per kind, made once. */
    private static final Map<String, String> BASE_REASONS = new ConcurrentHashMap<>();

    private static String baseReason(String kind) {
        String reason = BASE_REASONS.get(kind);
        if (reason == null) {
            reason = "base weight of this " + kind.toLowerCase();
            if (BASE_REASONS.size() < 64) { // kinds are few; a rule set never grows this
                BASE_REASONS.put(kind, reason);
            }
        }
        return reason;
    }

    private static final Comparator<RuleInfo> HEAVIEST_FIRST = Comparator.comparingInt((RuleInfo r) -> -r.points())
            .thenComparing(RuleInfo::ruleId);

    /** The signs held for the myth a diagnosis names, heaviest first. */
    private static List<RuleInfo> signsOf(RuleInfo diagnosis, Held held, Ruleset ruleset) {
        String myth = "";
        for (String ref : diagnosis.refs()) {
            if (ref.startsWith("MYTH-")) {
                myth = ref;
                break;
            }
        }
        List<String> ids = held.signsByMyth().get(myth);
        if (ids == null) {
            return List.of();
        }
        RuleInfo[] signs = new RuleInfo[ids.size()];
        for (int i = 0; i < signs.length; i++) {
            signs[i] = ruleset.rule(ids.get(i)).orElseThrow();
        }
        Arrays.sort(signs, HEAVIEST_FIRST);
        return List.of(signs);
    }
}
