package org.scalingadvisor.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.annotation.Context;
import org.scalingadvisor.ruleset.LoadReport;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The service's own metrics: evaluations by verdict with latency, rejected plans by reason,
 * rule loads by outcome, and the rule set version served as a label of an info gauge.
 */
@Context
class AdvisorMetrics {

    private final MeterRegistry registry;
    private final MultiGauge rulesetInfo;

    /** One timer per verdict, looked up once rather than on every evaluation. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    AdvisorMetrics(MeterRegistry registry, RulesetHolder rules) {
        this.registry = registry;
        this.rulesetInfo = MultiGauge.builder("advisor.ruleset.info")
                .description("The rule set being served (value 1, version as a label)")
                .register(registry);
        // The start-up load happened before this bean existed; count it too.
        loaded(rules.lastLoad());
        rules.onLoad(this::loaded);
    }

    void evaluated(String verdict, long nanos) {
        timers.computeIfAbsent(verdict, v -> Timer.builder("advisor.evaluations")
                .description("Plans evaluated, by verdict")
                .tag("verdict", v)
                .publishPercentileHistogram()
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    void rejected(String reason) {
        Counter.builder("advisor.evaluations.rejected")
                .description("Plans refused before evaluation, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    private void loaded(LoadReport report) {
        Counter.builder("advisor.ruleset.loads")
                .description("Loads of the rules folder, by outcome")
                .tag("outcome", report.ok() ? "ok" : "failed")
                .register(registry)
                .increment();
        if (report.ok()) {
            showVersion(report.servingVersion());
        }
    }

    private void showVersion(String version) {
        rulesetInfo.register(List.of(MultiGauge.Row.of(Tags.of("version", version), 1)), true);
    }
}
