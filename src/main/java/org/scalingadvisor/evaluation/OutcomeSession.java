package org.scalingadvisor.evaluation;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.scalingadvisor.facts.Activity;
import org.scalingadvisor.facts.Answer;
import org.scalingadvisor.facts.Claim;
import org.scalingadvisor.facts.Effort;
import org.scalingadvisor.facts.Missing;
import org.scalingadvisor.facts.Stakeholder;
import org.scalingadvisor.facts.Threshold;
import org.scalingadvisor.ruleset.Ruleset;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One lean session kept over several sets of facts that differ little, as the what-ifs of one plan do: each
 * {@link #outcome} deletes the facts the session holds that the new set lacks, inserts the ones it adds, and
 * fires. Every rule concludes by logical insertion ({@code Conclude}), so what the rules hold afterwards is what
 * a fresh session would hold on the new facts; the outcome is read from what is held, never from what fired on
 * the way. Not for use on two threads at once.
 */
public final class OutcomeSession implements AutoCloseable {

    private final Ruleset ruleset;
    private final FiringTrace trace;
    private final KieSession session;
    /** The facts the session holds, by value: equal facts from another call keep their place. */
    private Map<Object, ArrayDeque<FactHandle>> held = new HashMap<>();

    OutcomeSession(Ruleset ruleset, long deadlineMillis) {
        this.ruleset = ruleset;
        this.trace = new FiringTrace(ruleset, System.nanoTime() + deadlineMillis * 1_000_000L, deadlineMillis, false);
        this.session = ruleset.newSession();
        session.addEventListener(trace);
        for (Threshold threshold : ruleset.thresholdFacts()) {
            session.insert(threshold);
        }
    }

    /** The lean outcome of these facts ({@code PlanFacts.of}), equal to {@link Evaluator#outcome(List, Ruleset)}. */
    public Outcome outcome(List<Object> facts) {
        Map<Object, ArrayDeque<FactHandle>> next = new HashMap<>();
        List<Object> added = new ArrayList<>();
        for (Object fact : facts) {
            Object key = valueOf(fact);
            ArrayDeque<FactHandle> handles = held.get(key);
            FactHandle kept = handles == null ? null : handles.poll();
            if (kept == null) {
                added.add(fact);
            } else {
                next.computeIfAbsent(key, k -> new ArrayDeque<>(1)).add(kept);
            }
        }
        try {
            for (ArrayDeque<FactHandle> gone : held.values()) {
                gone.forEach(session::delete);
            }
            for (Object fact : added) {
                next.computeIfAbsent(valueOf(fact), k -> new ArrayDeque<>(1)).add(session.insert(fact));
            }
            held = next;
            int fired = session.fireAllRules(Evaluator.MAX_FIRINGS);
            if (fired >= Evaluator.MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + fired + " times without settling: a rule re-triggers itself");
            }
        } catch (RuntimeException e) {
            EvaluationDeadlineException deadline = EvaluationDeadlineException.in(e);
            throw deadline != null ? deadline : e;
        }
        return Evaluator.lean(trace, Ranking.Held.of(session.getObjects()), ruleset);
    }

    @Override
    public void close() {
        session.removeEventListener(trace);
        session.dispose();
    }

    /** What a plan fact says, as a value: two facts with equal values are interchangeable to the rules. */
    private static Object valueOf(Object fact) {
        if (fact instanceof Answer a) {
            return Arrays.asList("answer", a.getField(), a.getValue(), a.getNumber(), a.getPointer());
        } else if (fact instanceof Missing m) {
            return Arrays.asList("missing", m.getField(), m.getPointer());
        } else if (fact instanceof Claim c) {
            return Arrays.asList("claim", c.getField(), c.getPointer());
        } else if (fact instanceof Activity a) {
            return a.data();
        } else if (fact instanceof Stakeholder s) {
            return Arrays.asList("stakeholder", s.getIndex(), s.getGroup(), s.getSide(), s.getRole(),
                    s.getNetwork(), s.getEngagementRoute());
        } else if (fact instanceof Effort e) {
            return Arrays.asList("effort", e.getSide(), e.getBudget(), e.getShare(), e.isBudgetKnown(), e.getActivities(),
                    e.getSubstantive(), e.getSites(), e.getNotTokens());
        }
        return fact; // a kind of fact with no value here is replaced on every call, which is slower but right
    }
}
