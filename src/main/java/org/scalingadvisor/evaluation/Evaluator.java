package org.scalingadvisor.evaluation;

import org.kie.api.runtime.KieSession;
import org.scalingadvisor.facts.Advice;
import org.scalingadvisor.facts.Finding;
import org.scalingadvisor.facts.PriorityPoints;
import org.scalingadvisor.facts.Sign;
import org.scalingadvisor.facts.Threshold;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.Policy;
import org.scalingadvisor.ruleset.RuleInfo;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.Thresholds;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Evaluates a plan against a rule set: plan → facts → rules fire → ranked advice with traces. */
public final class Evaluator {

    /** A rule set whose rules keep re-firing is cut off here rather than hanging a request. */
    static final int MAX_FIRINGS = 20_000;

    /** How long one evaluation may run before it is stopped, unless the service sets another deadline. */
    public static final long DEFAULT_DEADLINE_MILLIS = 5_000;

    private final long deadlineMillis;

    public Evaluator() {
        this(DEFAULT_DEADLINE_MILLIS);
    }

    /** An evaluator that stops any evaluation running longer than {@code deadlineMillis}. */
    public Evaluator(long deadlineMillis) {
        if (deadlineMillis <= 0) {
            throw new IllegalArgumentException("the evaluation deadline must be positive");
        }
        this.deadlineMillis = deadlineMillis;
    }

    /** An evaluation and the ids of every rule that fired to produce it (for coverage). */
    public record Run(Evaluation evaluation, Set<String> firedRuleIds) {
    }

    /** Evaluates the plan; {@code audience} (nullable) keeps only the items for that audience. */
    public Evaluation evaluate(ScalingPlan plan, Ruleset ruleset, String audience) {
        return run(plan, ruleset, audience).evaluation();
    }

    /**
     * Evaluates the plan, judges it by {@code policy} (nullable) and then keeps the items for {@code audience}
     * (nullable): the policy sees the whole plan, so two readers of one plan never see different outcomes.
     */
    public Evaluation evaluate(ScalingPlan plan, Ruleset ruleset, String audience, Policy policy) {
        Evaluation evaluation = evaluate(plan, ruleset, null);
        if (policy != null) {
            evaluation = evaluation.withPolicy(PolicyCheck.apply(policy, evaluation, ruleset.knowledge()));
        }
        return evaluation.forAudience(audience);
    }

    /** Evaluates the plan and reports which rules fired. */
    public Run run(ScalingPlan plan, Ruleset ruleset, String audience) {
        FiringTrace trace = new FiringTrace(ruleset, System.nanoTime() + deadlineMillis * 1_000_000L, deadlineMillis);
        Held held;
        KieSession session = ruleset.newSession();
        try {
            session.addEventListener(trace);
            for (Object fact : PlanFacts.of(plan, ruleset.categories(), ruleset.thresholds())) {
                session.insert(fact);
            }
            for (Threshold threshold : ruleset.thresholdFacts()) {
                session.insert(threshold);
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + fired + " times without settling: a rule re-triggers itself");
            }
            held = Held.of(session.getObjects());
        } catch (RuntimeException e) {
            EvaluationDeadlineException deadline = EvaluationDeadlineException.in(e);
            throw deadline != null ? deadline : e;
        } finally {
            session.removeEventListener(trace);
            session.dispose();
        }
        List<Evaluation.Item> ranked = ReportShape.consistent(rank(trace.conclusions(), held, ruleset));
        Thresholds thresholds = ruleset.thresholds();
        Evaluation.Summary summary = summary(ranked, thresholds);
        List<Evaluation.Item> shown = PlanWords.name(ReportShape.fold(ranked, summary.firstActions(),
                (int) thresholds.get("report.items.shown"), (int) thresholds.get("report.strengths.shown")), plan);
        Evaluation evaluation = new Evaluation(EvaluationIds.next(),
                new Evaluation.PlanRef(plan.title()),
                new Evaluation.RulesetRef(ruleset.version(), ruleset.rules().size(), ruleset.loadedAt()),
                summary, shown).forAudience(audience);
        // A read-only view: evaluate() drops it, so copying the ids on every request would be waste.
        return new Run(evaluation, java.util.Collections.unmodifiableSet(trace.fired()));
    }

    /** The conclusions still held when the rules settle: ids of findings and advice, and priority points. */
    private record Held(Set<String> conclusions, Map<String, List<String>> pointsByAdvice, Map<String, List<String>> signsByMyth) {

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

    private static List<Evaluation.Item> rank(Map<String, FiringTrace.Conclusion> conclusions, Held held, Ruleset ruleset) {
        record Scored(FiringTrace.Conclusion conclusion, Evaluation.Priority priority, List<RuleInfo> signs) {
        }
        Thresholds thresholds = ruleset.thresholds();
        List<Scored> scored = new ArrayList<>();
        // Diagnoses are scored first: a question is then held below the lowest of them.
        List<FiringTrace.Conclusion> ordered = new ArrayList<>(conclusions.values());
        ordered.sort(Comparator.comparing((FiringTrace.Conclusion c) -> !Kind.DIAGNOSIS.equals(c.rule.kind())));
        int lowestDiagnosis = Integer.MAX_VALUE;
        for (FiringTrace.Conclusion c : ordered) {
            if (!c.rule.givesAdvice() || !held.conclusions().contains(c.rule.ruleId())) {
                continue;
            }
            List<Evaluation.Contribution> contributions = new ArrayList<>();
            contributions.add(new Evaluation.Contribution(c.rule.ruleId(), c.rule.base(),
                    "base weight of this " + c.rule.kind().toLowerCase()));
            List<RuleInfo> signs = Kind.DIAGNOSIS.equals(c.rule.kind()) ? signsOf(c.rule, held, ruleset) : List.of();
            int signPoints = 0;
            for (RuleInfo sign : signs) {
                contributions.add(new Evaluation.Contribution(sign.ruleId(), sign.points(), "sign: " + sign.title()));
                signPoints += sign.points();
            }
            held.pointsByAdvice().getOrDefault(c.rule.ruleId(), List.of()).stream().sorted()
                    .map(id -> ruleset.rule(id).orElseThrow())
                    .forEach(p -> contributions.add(new Evaluation.Contribution(p.ruleId(), p.points(), p.reason())));
            int sum = contributions.stream().mapToInt(Evaluation.Contribution::points).sum();
            Evaluation.Contribution cap = Severity.cap(c.rule.kind(), sum, signPoints, lowestDiagnosis, thresholds);
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
        scored.sort(Comparator.comparingInt((Scored s) -> -s.priority().score())
                .thenComparing(s -> s.conclusion().rule.ruleId()));
        List<Evaluation.Item> items = new ArrayList<>();
        EvidenceIndex index = new EvidenceIndex(conclusions, held.conclusions());
        for (Scored s : scored) {
            RuleInfo rule = s.conclusion().rule;
            BitSet evidence = new BitSet();
            BitSet missing = new BitSet();
            index.gather(s.conclusion(), evidence, missing, new HashSet<>());
            List<Evaluation.Sign> signs = new ArrayList<>();
            Set<String> derived = new TreeSet<>(s.conclusion().derivedFrom);
            for (RuleInfo sign : s.signs()) {
                BitSet signEvidence = new BitSet();
                FiringTrace.Conclusion source = conclusions.get(sign.ruleId());
                if (source != null) {
                    index.gather(source, signEvidence, missing, new HashSet<>());
                }
                evidence.or(signEvidence);
                derived.add(sign.ruleId());
                signs.add(new Evaluation.Sign(sign.ruleId(), sign.title(), index.pointers(signEvidence)));
            }
            items.add(new Evaluation.Item(items.size() + 1, rule.ruleId(), rule.kind(), rule.title(), rule.message(),
                    rule.audiences(), rule.refs(), s.priority(), rule.sources(), List.copyOf(signs),
                    new Evaluation.Trace(rule.name(), rule.file(), rule.line(), index.pointers(evidence),
                            index.pointers(missing),
                            derived.stream().filter(held.conclusions()::contains).toList())));
        }
        return items;
    }

    /** The signs held for the myth a diagnosis names, heaviest first. */
    private static List<RuleInfo> signsOf(RuleInfo diagnosis, Held held, Ruleset ruleset) {
        String myth = diagnosis.refs().stream().filter(ref -> ref.startsWith("MYTH-")).findFirst().orElse("");
        return held.signsByMyth().getOrDefault(myth, List.of()).stream()
                .map(id -> ruleset.rule(id).orElseThrow())
                .sorted(Comparator.comparingInt((RuleInfo r) -> -r.points()).thenComparing(RuleInfo::ruleId))
                .toList();
    }

    private static Evaluation.Summary summary(List<Evaluation.Item> items, Thresholds thresholds) {
        int[] counts = new int[4];
        Set<String> myths = new TreeSet<>();
        for (Evaluation.Item item : items) {
            counts[List.of("CRITICAL", "HIGH", "MEDIUM", "LOW").indexOf(item.priority().band())]++;
            if (item.kind().equals(Kind.DIAGNOSIS)) {
                item.refs().stream().filter(ref -> ref.startsWith("MYTH-")).forEach(myths::add);
            }
        }
        String verdict = Severity.verdict(items, thresholds);
        long gaps = items.stream().filter(i -> i.kind().equals(Kind.GAP)).count();
        long strengths = items.stream().filter(i -> i.kind().equals(Kind.STRENGTH)).count();
        List<String> first = Severity.firstActions(items, verdict, thresholds);
        List<Evaluation.Action> actions = new ArrayList<>(first.size());
        for (String ruleId : first) {
            items.stream().filter(i -> i.ruleId().equals(ruleId)).findFirst()
                    .ifPresent(i -> actions.add(new Evaluation.Action(ruleId, i.title(), Severity.nextStep(i.message()))));
        }
        return new Evaluation.Summary(verdict, List.copyOf(myths),
                new Evaluation.Counts(counts[0], counts[1], counts[2], counts[3]), (int) gaps, (int) strengths,
                first, List.copyOf(actions));
    }
}
