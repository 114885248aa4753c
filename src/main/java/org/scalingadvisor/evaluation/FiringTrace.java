package org.scalingadvisor.evaluation;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.scalingadvisor.facts.Advice;
import org.scalingadvisor.facts.Finding;
import org.scalingadvisor.facts.MetadataValues;
import org.scalingadvisor.facts.Missing;
import org.scalingadvisor.facts.PlanFact;
import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.RuleInfo;
import org.scalingadvisor.ruleset.Ruleset;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Watches one session's rule firings and records, per rule id, what each firing matched: the plan
 * facts (evidence), the missing fields, and the findings and advice it built on. Rule authors
 * write none of this.
 */
final class FiringTrace extends DefaultAgendaEventListener {

    /** What one rule concluded over all its firings. */
    static final class Conclusion {
        final RuleInfo rule;
        final Set<String> evidence = new HashSet<>();
        final Set<String> missing = new HashSet<>();
        final Set<String> derivedFrom = new HashSet<>();

        Conclusion(RuleInfo rule) {
            this.rule = rule;
        }
    }

    private final Ruleset ruleset;
    private final Map<String, Conclusion> conclusions = new LinkedHashMap<>();
    private final Set<String> fired = new HashSet<>();

    /** System.nanoTime() after which the evaluation is stopped (see {@link #restartClock}), and the deadline as configured. */
    private long deadline;
    private final long deadlineMillis;

    /** Whether the plan facts and missing fields each firing matched are kept (not for a lean evaluation). */
    private final boolean withEvidence;

    FiringTrace(Ruleset ruleset, long deadline, long deadlineMillis, boolean withEvidence) {
        this.ruleset = ruleset;
        this.withEvidence = withEvidence;
        this.deadline = deadline;
        this.deadlineMillis = deadlineMillis;
    }

    /** Gives the next evaluation on this trace's session the whole deadline from now (a session kept over several). */
    void restartClock() {
        deadline = System.nanoTime() + deadlineMillis * 1_000_000L;
    }

    /** Each match the engine makes checks the clock: a rule set that runs away is stopped at its deadline. */
    @Override
    public void matchCreated(MatchCreatedEvent event) {
        checkDeadline();
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        checkDeadline();
    }

    private void checkDeadline() {
        if (System.nanoTime() - deadline > 0) {
            throw new EvaluationDeadlineException(deadlineMillis);
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String id = MetadataValues.text(event.getMatch().getRule().getMetaData().get("id"));
        fired.add(id);
        RuleInfo rule = ruleset.rule(id).orElse(null);
        if (rule == null || Kind.PRIORITY.equals(rule.kind())) {
            return;
        }
        Conclusion conclusion = conclusions.computeIfAbsent(rule.ruleId(), k -> new Conclusion(rule));
        for (Object matched : event.getMatch().getObjects()) {
            collect(matched, conclusion, withEvidence);
        }
    }

    private static void collect(Object matched, Conclusion into, boolean withEvidence) {
        if (matched instanceof PlanFact fact) {
            if (withEvidence) {
                into.evidence.add(fact.getPointer());
            }
        } else if (matched instanceof Missing missing) {
            if (withEvidence) {
                into.missing.add(missing.getPointer());
            }
        } else if (matched instanceof Finding finding) {
            into.derivedFrom.add(finding.getId());
        } else if (matched instanceof Advice advice) {
            into.derivedFrom.add(advice.getRuleId());
        } else if (matched instanceof Collection<?> collection) {
            collection.forEach(element -> collect(element, into, withEvidence));
        }
    }

    Map<String, Conclusion> conclusions() {
        return conclusions;
    }

    /** The ids of every rule that fired, advice or not. */
    Set<String> fired() {
        return fired;
    }
}
