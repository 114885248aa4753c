package org.scalingadvisor.ruleset;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.scalingadvisor.facts.Activity;
import org.scalingadvisor.facts.Answer;
import org.scalingadvisor.facts.Claim;
import org.scalingadvisor.facts.Effort;
import org.scalingadvisor.facts.Missing;
import org.scalingadvisor.facts.Stakeholder;
import org.scalingadvisor.facts.Threshold;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A compiled, checked rule set: the shared KieBase plus everything read from the folder with it.
 * Immutable; a reload builds a new one.
 */
public final class Ruleset {

    private static final Logger LOG = LoggerFactory.getLogger(Ruleset.class);

    private final String version;
    private final Instant loadedAt;
    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    /** Set only while the rule set is tried out, before it is served: sessions then report to it. */
    private volatile AgendaEventListener trialObserver;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> rulesById;
    private final Map<String, String> drlById;
    private final KnowledgeCatalogue knowledge;
    private final CategoryTable categories;
    private final Thresholds thresholds;
    private final Policies policies;
    private final Sources sources;
    /** The thresholds as the facts every session starts with, made once: they are read-only. */
    private final List<Threshold> thresholdFacts;
    /** Which facts a rule can match at all ({@link MatchableFacts}), and the thresholds among them. */
    private final MatchableFacts matchable;
    private final List<Threshold> matchableThresholdFacts;
    private final FieldReads fieldReads;
    /** Whether what-ifs may move one session from variant to variant ({@link IncrementalSafety}). */
    private final boolean incrementalSafe;
    /** Why a moved session was seen to go wrong on these rules (the gate, or a request), or null. */
    private final AtomicReference<String> movedSessionsFailed = new AtomicReference<>();

    Ruleset(String version, Instant loadedAt, KieBase kieBase, List<RuleInfo> rules, Map<String, String> drlById,
            KnowledgeCatalogue knowledge, CategoryTable categories, Thresholds thresholds, Policies policies,
            Sources sources, FieldReads fieldReads) {
        this.version = version;
        this.loadedAt = loadedAt;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2);
        this.rules = List.copyOf(rules);
        this.rulesById = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::ruleId, Function.identity()));
        this.drlById = Map.copyOf(drlById);
        this.knowledge = knowledge;
        this.categories = categories;
        this.thresholds = thresholds;
        this.policies = policies;
        this.sources = sources;
        this.fieldReads = fieldReads;
        this.incrementalSafe = IncrementalSafety.allows(this.drlById.values());
        this.thresholdFacts = thresholds.values().entrySet().stream()
                .map(e -> new Threshold(e.getKey(), e.getValue())).toList();
        this.matchable = MatchableFacts.of(kieBase, Set.of(Threshold.class, Missing.class, Answer.class, Effort.class,
                Claim.class, Activity.class, Stakeholder.class));
        this.matchableThresholdFacts = thresholdFacts.stream().filter(matchable::canMatch).toList();
    }

    public String version() {
        return version;
    }

    /** The files this rule set was compiled from, with the SHA-256 of all of them (the archive's key). */
    public Sources sources() {
        return sources;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    /**
     * A session for one evaluation, used by one thread and then disposed. Sessions come from
     * Drools' session pool: dispose() resets a session to empty and returns it, which saves
     * building the network memory again for every evaluation.
     */
    public KieSession newSession() {
        AgendaEventListener observer = trialObserver;
        if (observer != null) {
            KieSession session = kieBase.newKieSession();
            session.addEventListener(observer);
            return session;
        }
        return sessions.newKieSession();
    }

    /**
     * Runs {@code trial} with every session reporting its firings to {@code observer} (sessions
     * made then are not pooled). Only for a rule set not yet served: see {@link RulesetCompiler.Trial}.
     */
    public void observed(AgendaEventListener observer, Runnable trial) {
        trialObserver = observer;
        try {
            trial.run();
        } finally {
            trialObserver = null;
        }
    }

    /** Every rule, ordered by ruleId. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public Optional<RuleInfo> rule(String ruleId) {
        return Optional.ofNullable(rulesById.get(ruleId));
    }

    public Optional<String> drl(String ruleId) {
        return Optional.ofNullable(drlById.get(ruleId));
    }

    public KnowledgeCatalogue knowledge() {
        return knowledge;
    }

    public CategoryTable categories() {
        return categories;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** The policies loaded with these rules (policies/*.yml). */
    public Policies policies() {
        return policies;
    }

    /**
     * Whether one session may be moved from facts to facts and give what fresh sessions give: no rule has a shape
     * known not to ({@link IncrementalSafety}), and no moved session has been seen to hang or differ on these rules.
     */
    public boolean incrementalSafe() {
        return incrementalSafe && movedSessionsFailed.get() == null;
    }

    /**
     * Remembers, for as long as this rule set is served, that a session moved from facts to facts hung or gave
     * another outcome than a fresh session ({@code why}); the first time, logs a warning naming the version.
     */
    public void movedSessionsFailed(String why) {
        if (movedSessionsFailed.compareAndSet(null, why)) {
            LOG.warn("Rules version {}: {}; what-ifs on these rules use a fresh session for each variant from now on",
                    version, why);
        }
    }

    /** Which plan fields the rules (and the claims table) read, and how: what a what-if may skip. */
    public FieldReads fieldReads() {
        return fieldReads;
    }

    /** One Threshold fact per named number, shared by every session of this rule set (no rule changes them). */
    public List<Threshold> thresholdFacts() {
        return thresholdFacts;
    }

    /** The threshold facts some rule can match: the others reach no node of the network (see {@link #canMatch}). */
    public List<Threshold> matchableThresholdFacts() {
        return matchableThresholdFacts;
    }

    /**
     * False only when the compiled network proves no rule can match {@code fact} (a Missing field, a threshold or a side
     * that no rule names, where every pattern on its class names one): such a fact reaches no node, so a session
     * without it does exactly what a session with it does.
     */
    public boolean canMatch(Object fact) {
        return matchable.canMatch(fact);
    }
}
