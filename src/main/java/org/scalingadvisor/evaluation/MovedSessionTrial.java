package org.scalingadvisor.evaluation;

import org.scalingadvisor.ruleset.Ruleset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The gate's check that a rule set may be evaluated on moved sessions ({@link OutcomeSession}), as the what-ifs
 * do: a session is moved across each sequence of plans from its start, and each outcome compared with a fresh
 * session's. Drools 10.2 can loop inside a moved session where a fresh one settles (no listener event comes, so
 * only the watchdog ends it), or hold another conclusion; either makes the rule set not incrementally safe: it is
 * served, its what-ifs on fresh sessions. A smoke test, not a proof: rules that pass may still loop on another
 * sequence of facts, which the what-ifs then meet at their deadline ({@link WhatIfs}).
 */
final class MovedSessionTrial {

    private static final Logger LOG = LoggerFactory.getLogger(MovedSessionTrial.class);

    /** One plan of a sequence: its name, its facts and its outcome on a fresh session (null: to be evaluated). */
    record Tried(String name, List<Object> facts, Outcome fresh) {
    }

    private MovedSessionTrial() {
    }

    /**
     * Why sessions moved across {@code sequences} cannot be trusted with these rules, or empty: also when the whole
     * check runs past {@code totalMillis} (a slow machine is no verdict). Each move may take {@code callMillis}.
     */
    static Optional<String> check(Ruleset ruleset, List<List<Tried>> sequences, long callMillis, long totalMillis) {
        long start = System.nanoTime();
        Evaluator evaluator = new Evaluator(callMillis);
        for (List<Tried> sequence : sequences) {
            try (OutcomeSession session = evaluator.outcomeSession(ruleset)) {
                String from = "a new session";
                for (Tried plan : sequence) {
                    if ((System.nanoTime() - start) / 1_000_000 > totalMillis) {
                        LOG.info("The moved-session check of rules version {} ran out of its {} ms and ended without a verdict",
                                ruleset.version(), totalMillis);
                        return Optional.empty();
                    }
                    String move = "a session moved from " + from + " to " + plan.name();
                    try {
                        Outcome moved = session.outcome(plan.facts());
                        if (!moved.equals(plan.fresh()) && !moved.equals(evaluator.outcome(plan.facts(), ruleset))) {
                            return Optional.of(move + " gave another outcome than a fresh session (the gate's check)");
                        }
                    } catch (EvaluationDeadlineException e) {
                        return Optional.of(move + " did not settle within " + callMillis + " ms (the gate's check)");
                    } catch (RuntimeException e) {
                        return Optional.of(move + " failed (" + e + ") (the gate's check)");
                    }
                    from = plan.name();
                }
            }
        }
        LOG.debug("The moved-session check of rules version {}: {} sequences, {} ms", ruleset.version(), sequences.size(),
                (System.nanoTime() - start) / 1_000_000);
        return Optional.empty();
    }
}
