package org.scalingadvisor.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Context;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.LoadImpact;
import org.scalingadvisor.ruleset.LoadReport;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetHolder;
import org.scalingadvisor.store.PlanComparison;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The impact of a rule edit: after each good reload, on a thread of its own, the most recent
 * distinct stored plans (advisor.records.impact-sample) are evaluated with the rules served before
 * and with the new ones, and the counts go into the load's report (GET /api/v1/rules,
 * lastLoad.impact) and the log. It listens to the rule holder, which knows nothing of records.
 */
@Context
class ImpactAnalysis {

    private static final Logger LOG = LoggerFactory.getLogger(ImpactAnalysis.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXAMPLES = 5;

    private final RulesetHolder rules;
    private final DecisionRecords records;
    private final PlanReader reader;
    private final Evaluator evaluator;
    private final JsonMapper apiMapper;
    private final int sample;
    private final AtomicReference<Ruleset> served = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "rule-impact");
        thread.setDaemon(true);
        return thread;
    });

    ImpactAnalysis(RulesetHolder rules, DecisionRecords records, PlanReader reader, Evaluator evaluator,
                   JsonMapper apiMapper, RecordsSettings settings) {
        this.rules = rules;
        this.records = records;
        this.reader = reader;
        this.evaluator = evaluator;
        this.apiMapper = apiMapper;
        this.sample = settings.getImpactSample();
        served.set(rules.current());
        rules.onLoad(this::loaded);
    }

    private void loaded(LoadReport report) {
        if (!report.ok()) {
            return;
        }
        Ruleset now = rules.current();
        Ruleset before = served.getAndSet(now);
        if (before == null || before == now || !records.enabled() || sample <= 0) {
            return;
        }
        rules.reportImpact(report, new LoadImpact("RUNNING", before.version(), now.version(), sample, 0, 0, 0, 0, 0, 0,
                List.of(), null));
        worker.execute(() -> measure(report, before, now));
    }

    /** Replays the sample and reports the counts to the rule holder and the log. */
    LoadImpact measure(LoadReport report, Ruleset before, Ruleset now) {
        long start = System.nanoTime();
        LoadImpact impact;
        try {
            int replayed = 0;
            int verdicts = 0;
            int items = 0;
            int policies = 0;
            int reworded = 0;
            List<String> examples = new ArrayList<>();
            for (StoredRecord row : records.latestDistinctPlans(sample)) {
                ScalingPlan plan;
                try {
                    plan = reader.read(records.plan(row));
                } catch (PlanRejectedException e) {
                    continue; // a plan the service no longer accepts says nothing about this edit
                }
                JsonNode old = evaluate(plan, before, row.audience());
                JsonNode fresh = evaluate(plan, now, row.audience());
                PlanComparison.Changes changes = PlanComparison.between(JSON.nullNode(), old, JSON.nullNode(), fresh);
                replayed++;
                if (policyOutcomeChanged(plan, before, now)) {
                    policies++;
                }
                if (changes.verdictChanged()) {
                    verdicts++;
                    if (examples.size() < EXAMPLES) {
                        examples.add(row.evaluationId());
                    }
                }
                if (changes.itemsChanged()) {
                    items++;
                }
                if (changes.textChanged()) {
                    reworded++;
                }
            }
            impact = new LoadImpact("DONE", before.version(), now.version(), sample, replayed, verdicts, items, policies, reworded,
                    (System.nanoTime() - start) / 1_000_000, List.copyOf(examples), null);
            LOG.info("Impact of rules {} (was {}): {} recent plans replayed, {} verdicts changed, {} with changed advice,"
                            + " {} with a changed policy outcome, {} with reworded advice, {} ms",
                    now.version(), before.version(), replayed, verdicts, items, policies, reworded, impact.durationMs());
        } catch (Exception e) {
            impact = new LoadImpact("FAILED", before.version(), now.version(), sample, 0, 0, 0, 0, 0,
                    (System.nanoTime() - start) / 1_000_000, List.of(), e.toString());
            LOG.error("Impact of rules {} (was {}) could not be measured: {}", now.version(), before.version(), e.toString());
        }
        rules.reportImpact(report, impact);
        return impact;
    }

    /**
     * Whether the plan passes or fails any policy differently under the new rules: every policy either rule set
     * has, a policy added or removed counting as a change (a procurement tool's decision is the outcome).
     */
    private boolean policyOutcomeChanged(ScalingPlan plan, Ruleset before, Ruleset now) {
        java.util.Set<String> names = new java.util.TreeSet<>(before.policies().names());
        names.addAll(now.policies().names());
        if (names.isEmpty()) {
            return false;
        }
        for (String name : names) {
            String then = Reevaluation.outcome(Reevaluation.of(evaluator, plan, before, null, name));
            String later = Reevaluation.outcome(Reevaluation.of(evaluator, plan, now, null, name));
            if (!then.equals(later)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode evaluate(ScalingPlan plan, Ruleset ruleset, String audience) throws IOException {
        return JSON.readTree(apiMapper.writeValueAsBytes(evaluator.evaluate(plan, ruleset, audience)));
    }

    @PreDestroy
    void close() {
        worker.shutdownNow();
    }
}
