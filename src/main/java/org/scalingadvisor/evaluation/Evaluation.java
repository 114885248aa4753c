package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.scalingadvisor.ruleset.SourceRef;

import java.time.Instant;
import java.util.List;

/**
 * The evaluation of one plan (CONTRACT §2): verdict, ranked advice and each item's trace; with a policy
 * asked for (CONTRACT §7), what that policy made of it (absent otherwise).
 */
@Serdeable
public record Evaluation(String evaluationId, PlanRef plan, RulesetRef ruleset, Summary summary, List<Item> advice,
                         @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable PolicyCheck.Outcome policy) {

    public Evaluation(String evaluationId, PlanRef plan, RulesetRef ruleset, Summary summary, List<Item> advice) {
        this(evaluationId, plan, ruleset, summary, advice, null);
    }

    /** The same evaluation showing only the items for {@code audience} (null: all); ranks and summary stay those of the whole plan. */
    public Evaluation forAudience(@Nullable String audience) {
        return audience == null ? this : new Evaluation(evaluationId, plan, ruleset, summary,
                advice.stream().filter(item -> item.audiences().contains(audience)).toList(), policy);
    }

    /** The same evaluation carrying a policy's outcome. */
    public Evaluation withPolicy(PolicyCheck.Outcome outcome) {
        return new Evaluation(evaluationId, plan, ruleset, summary, advice, outcome);
    }

    /** The plan evaluated. */
    @Serdeable
    public record PlanRef(String title) {
    }

    /** The rule set that produced the advice. */
    @Serdeable
    public record RulesetRef(String version, int ruleCount, Instant loadedAt) {
    }

    /**
     * The verdict and counts over all advice, whatever audience filter applied, and the rule ids of the
     * items to act on first (empty only when the verdict is READY).
     */
    @Serdeable
    public record Summary(String verdict, List<String> myths, Counts counts, int gaps, int strengths,
                          List<String> firstActions, List<Action> actions) {

        /** A summary without the actions' words (older callers; {@code actions} is then empty). */
        public Summary(String verdict, List<String> myths, Counts counts, int gaps, int strengths, List<String> firstActions) {
            this(verdict, myths, counts, gaps, strengths, firstActions, List.of());
        }
    }

    /** One first action in words, beside its rule id: what to do (the item's title) and the concrete next step. */
    @Serdeable
    public record Action(String ruleId, String title, String nextStep) {
    }

    /** Items per priority band. */
    @Serdeable
    public record Counts(int CRITICAL, int HIGH, int MEDIUM, int LOW) {
    }

    /**
     * One advice item. {@code about} names, in the plan's own words, the activities and groups the item rests on
     * (an activity's description or reference, a group's name); {@code folded} marks an item a short report
     * leaves behind a "more" link (at most report.items.shown are shown, first actions always among them).
     */
    @Serdeable
    public record Item(int rank, String ruleId, String kind, String title, String message, List<String> audiences,
                       List<String> refs, Priority priority, List<SourceRef> sources, List<Sign> signs, Trace trace,
                       @Nullable List<String> about, boolean folded) {

        public Item(int rank, String ruleId, String kind, String title, String message, List<String> audiences,
                    List<String> refs, Priority priority, List<SourceRef> sources, List<Sign> signs, Trace trace) {
            this(rank, ruleId, kind, title, message, audiences, refs, priority, sources, signs, trace, List.of(), false);
        }

        /** Records kept before items carried {@code about} read it as empty. */
        public Item {
            about = about == null ? List.of() : about;
        }

        Item withRank(int newRank) {
            return new Item(newRank, ruleId, kind, title, message, audiences, refs, priority, sources, signs, trace, about, folded);
        }

        Item withAbout(List<String> newAbout) {
            return new Item(rank, ruleId, kind, title, message, audiences, refs, priority, sources, signs, trace, newAbout, folded);
        }

        Item withFolded(boolean newFolded) {
            return new Item(rank, ruleId, kind, title, message, audiences, refs, priority, sources, signs, trace, about, newFolded);
        }
    }

    /** On a DIAGNOSIS, one sign of the myth the plan shows: the SIGN rule's id, its words, and the plan fields it rests on. */
    @Serdeable
    public record Sign(String id, String text, List<String> evidence) {
    }

    /** The score, its band, and the named contributions it is the sum of. */
    @Serdeable
    public record Priority(int score, String band, List<Contribution> contributions) {
    }

    /** Points one rule added to an item's score. */
    @Serdeable
    public record Contribution(String ruleId, int points, String reason) {
    }

    /**
     * Where the item came from: the rule (name, file, line), the plan fields it rests on
     * ({@code evidence}), the fields it needs but the plan leaves out ({@code missing}) and the
     * findings and advice it builds on ({@code derivedFrom}), and the rules of recommendations merged into this
     * one because they advise on the same mechanism element ({@code merged}).
     */
    @Serdeable
    public record Trace(String rule, String file, int line, List<String> evidence, List<String> missing,
                        List<String> derivedFrom, @Nullable List<String> merged) {

        public Trace(String rule, String file, int line, List<String> evidence, List<String> missing, List<String> derivedFrom) {
            this(rule, file, line, evidence, missing, derivedFrom, List.of());
        }

        /** Records kept before items were merged read {@code merged} as empty. */
        public Trace {
            merged = merged == null ? List.of() : merged;
        }
    }
}
