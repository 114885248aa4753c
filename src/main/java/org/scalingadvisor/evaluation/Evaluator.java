package org.scalingadvisor.evaluation;

import org.kie.api.runtime.KieSession;
import org.scalingadvisor.facts.Threshold;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.Policy;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.Thresholds;

import java.util.ArrayList;
import java.util.List;
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
        List<Object> facts = PlanFacts.of(plan, ruleset.categories(), ruleset.thresholds());
        Settled settled = settle(facts, ruleset, true);
        List<Evaluation.Item> ranked = ReportShape.consistent(Ranking.rank(settled.trace().conclusions(), settled.held(), ruleset, true));
        Thresholds thresholds = ruleset.thresholds();
        String verdict = Severity.verdict(ranked, thresholds);
        ranked = ReportShape.claimsAsOne(ranked);
        Evaluation.Summary summary = summary(ranked, verdict, thresholds);
        List<Evaluation.Item> shown = PlanWords.name(ReportShape.fold(ranked, summary.firstActions(),
                (int) thresholds.get("report.items.shown"), (int) thresholds.get("report.strengths.shown")), plan, facts);
        Evaluation evaluation = new Evaluation(EvaluationIds.next(),
                new Evaluation.PlanRef(plan.title()),
                new Evaluation.RulesetRef(ruleset.version(), ruleset.rules().size(), ruleset.loadedAt()),
                summary, shown).forAudience(audience);
        // A read-only view: evaluate() drops it, so copying the ids on every request would be waste.
        return new Run(evaluation, java.util.Collections.unmodifiableSet(settled.trace().fired()));
    }

    /**
     * The lean evaluation of a plan's facts ({@link PlanFacts#of}): the same session run, ranking and report
     * shape as {@link #run}, but no evidence, no plan words, no folding and no JSON; only what the verdict and
     * the first actions need.
     */
    public Outcome outcome(List<Object> facts, Ruleset ruleset) {
        Settled settled = settle(facts, ruleset, false);
        return lean(settled.trace(), settled.held(), ruleset);
    }

    /** The lean outcome of what a session holds once its rules settle. */
    static Outcome lean(FiringTrace trace, Ranking.Held held, Ruleset ruleset) {
        List<Evaluation.Item> ranked = ReportShape.consistent(Ranking.rank(trace.conclusions(), held, ruleset, false));
        String verdict = Severity.verdict(ranked, ruleset.thresholds());
        ranked = ReportShape.claimsAsOne(ranked);
        return new Outcome(verdict, Severity.firstActions(ranked, verdict, ruleset.thresholds()),
                ranked.stream().map(Evaluation.Item::ruleId).toList());
    }

    /**
     * A lean session to keep over several sets of facts of one plan (its what-ifs): each outcome costs what the
     * facts that differ from the last set make the rules do. Close it when done; one thread at a time.
     */
    public OutcomeSession outcomeSession(Ruleset ruleset) {
        return new OutcomeSession(ruleset, deadlineMillis);
    }

    /** The lean evaluation of a plan. */
    public Outcome outcome(ScalingPlan plan, Ruleset ruleset) {
        return outcome(PlanFacts.of(plan, ruleset.categories(), ruleset.thresholds()), ruleset);
    }

    /** The rules settled on one plan's facts: what each rule concluded, and what is still held. */
    private record Settled(FiringTrace trace, Ranking.Held held) {
    }

    private Settled settle(List<Object> facts, Ruleset ruleset, boolean withEvidence) {
        FiringTrace trace = new FiringTrace(ruleset, System.nanoTime() + deadlineMillis * 1_000_000L, deadlineMillis, withEvidence);
        KieSession session = ruleset.newSession();
        try {
            session.addEventListener(trace);
            // Facts no rule can match reach no node of the network: leaving them out changes nothing but the cost.
            for (Object fact : facts) {
                if (ruleset.canMatch(fact)) {
                    session.insert(fact);
                }
            }
            for (Threshold threshold : ruleset.matchableThresholdFacts()) {
                session.insert(threshold);
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + fired + " times without settling: a rule re-triggers itself");
            }
            return new Settled(trace, Ranking.Held.of(session.getObjects()));
        } catch (RuntimeException e) {
            EvaluationDeadlineException deadline = EvaluationDeadlineException.in(e);
            throw deadline != null ? deadline : e;
        } finally {
            session.removeEventListener(trace);
            session.dispose();
        }
    }

    private static Evaluation.Summary summary(List<Evaluation.Item> items, String verdict, Thresholds thresholds) {
        int[] counts = new int[4];
        Set<String> myths = new TreeSet<>();
        for (Evaluation.Item item : items) {
            counts[List.of("CRITICAL", "HIGH", "MEDIUM", "LOW").indexOf(item.priority().band())]++;
            if (item.kind().equals(Kind.DIAGNOSIS)) {
                item.refs().stream().filter(ref -> ref.startsWith("MYTH-")).forEach(myths::add);
            }
        }
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
