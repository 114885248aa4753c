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
 *
 * <p>Each call has the whole deadline: the trace stops the rules at the next match after it, and a
 * {@link Watchdog} stops the thread shortly after it if the engine loops where no match comes (Drools 10.2 can,
 * inside network propagation, on a session moved from facts to facts). A call stopped so throws
 * {@link EvaluationDeadlineException}. A call that fails part way, stopped or not, leaves the session broken:
 * every later call is refused, and closing it drops it rather than return it to the rule set's pool.
 */
public final class OutcomeSession implements AutoCloseable {

    /** How long after the deadline the watchdog stops a call the trace could not stop. */
    private static final long WATCHDOG_GRACE_MILLIS = 100;

    private final Ruleset ruleset;
    private final long deadlineMillis;
    private final FiringTrace trace;
    private final KieSession session;
    private boolean broken;
    /** The facts the session holds, by value: equal facts from another call keep their place. */
    private Map<Object, ArrayDeque<FactHandle>> held = new HashMap<>();

    OutcomeSession(Ruleset ruleset, long deadlineMillis) {
        this.ruleset = ruleset;
        this.deadlineMillis = deadlineMillis;
        this.trace = new FiringTrace(ruleset, System.nanoTime() + deadlineMillis * 1_000_000L, deadlineMillis, false);
        this.session = ruleset.newSession();
        session.addEventListener(trace);
        for (Threshold threshold : ruleset.thresholdFacts()) {
            session.insert(threshold);
        }
    }

    /** The lean outcome of these facts ({@code PlanFacts.of}), equal to {@link Evaluator#outcome(List, Ruleset)}. */
    public Outcome outcome(List<Object> facts) {
        if (broken) {
            throw new IllegalStateException("this session failed part way through a call and cannot be used again");
        }
        trace.restartClock();
        Watchdog.Watch watch = Watchdog.watch(deadlineMillis + WATCHDOG_GRACE_MILLIS);
        Ranking.Held held;
        try {
            held = settle(facts, watch);
        } catch (ThreadDeath stop) {
            throw stopped(watch);
        }
        return Evaluator.lean(trace, held, ruleset);
    }

    /** Moves the session to these facts and fires, watched; a stop can come out of here as a ThreadDeath. */
    private Ranking.Held settle(List<Object> facts, Watchdog.Watch watch) {
        Ranking.Held held;
        try {
            held = move(facts);
        } catch (RuntimeException | Error e) {
            if (Watchdog.stopped(e)) {
                throw stopped(watch); // the stop landed inside Drools, which may have wrapped it
            }
            endOrStopped(watch);
            EvaluationDeadlineException deadline = EvaluationDeadlineException.in(e);
            if (deadline != null) {
                throw deadline;
            }
            throw e;
        }
        endOrStopped(watch);
        return held;
    }

    private void endOrStopped(Watchdog.Watch watch) {
        if (!watch.end()) {
            throw stopped(watch);
        }
    }

    private EvaluationDeadlineException stopped(Watchdog.Watch watch) {
        watch.stopped();
        broken = true;
        return new EvaluationDeadlineException(deadlineMillis);
    }

    private Ranking.Held move(List<Object> facts) {
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
        broken = true; // until the session holds the new facts and has settled on them
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
        Ranking.Held settled = Ranking.Held.of(session.getObjects());
        broken = false;
        return settled;
    }

    @Override
    public void close() {
        if (broken) {
            // Failed half way: never back to the pool, whatever state the engine was left in. The pool keeps a
            // reference until the rule set goes; one a failure, and a failure stops moved sessions on these rules.
            return;
        }
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
