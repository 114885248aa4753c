package org.scalingadvisor.ruleset;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Holds the rule set being served. A load compiles off the request path and swaps the new rule
 * set in atomically; a load that fails changes nothing that is served.
 */
@Context
public class RulesetHolder {

    private static final Logger LOG = LoggerFactory.getLogger(RulesetHolder.class);

    private final Path dir;
    private final RulesetCompiler compiler;
    private final AtomicReference<Ruleset> current = new AtomicReference<>();
    private final List<Consumer<LoadReport>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile LoadReport lastLoad;

    public RulesetHolder(@Value("${advisor.rules.dir:rules}") String rulesDir, RulesetCompiler.Trial trial) {
        this.dir = RulesDirectory.resolve(rulesDir);
        this.compiler = new RulesetCompiler(trial);
    }

    @PostConstruct
    void loadAtStartup() {
        LoadReport report = load("startup", () -> EarlyCompile.take(dir).orElseGet(() -> compiler.compile(dir)));
        if (!report.ok()) {
            throw new RulesetLoadException(dir.toString(), report.errors());
        }
    }

    /** The rule set to evaluate with; take it once per evaluation so the evaluation is consistent. */
    public Ruleset current() {
        Ruleset ruleset = current.get();
        if (ruleset == null) {
            throw new IllegalStateException("no rule set has loaded");
        }
        return ruleset;
    }

    public LoadReport lastLoad() {
        return lastLoad;
    }

    public Path directory() {
        return dir;
    }

    /** Registers a callback told about every load (metrics use it). */
    public void onLoad(Consumer<LoadReport> listener) {
        listeners.add(listener);
    }

    /**
     * Attaches the measured impact of {@code load} to its report, if it is still the last load (a newer
     * load's report is never overwritten by an older measurement).
     */
    public synchronized void reportImpact(LoadReport load, LoadImpact impact) {
        LoadReport last = lastLoad;
        if (last != null && last.at().equals(load.at()) && last.trigger().equals(load.trigger())) {
            lastLoad = last.withImpact(impact);
        }
    }

    /** Compiles the folder again; swaps the result in if it is good, keeps serving the old one if not. */
    public LoadReport reload(String trigger) {
        return load(trigger, () -> compiler.compile(dir));
    }

    private synchronized LoadReport load(String trigger, Supplier<RulesetCompiler.Outcome> compile) {
        long start = System.nanoTime();
        RulesetCompiler.Outcome outcome = compile.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        Ruleset serving = outcome.ok() ? outcome.ruleset() : current.get();
        if (outcome.ok()) {
            current.set(outcome.ruleset());
        }
        LoadReport report = new LoadReport(outcome.ok() ? "OK" : "FAILED", outcome.version(),
                serving == null ? null : serving.version(), Instant.now(), ms, trigger, outcome.problems());
        lastLoad = report;
        if (report.ok()) {
            LOG.info("Rules loaded from {} ({}): version {}, {} rules, {} ms", dir, trigger, report.servingVersion(),
                    outcome.ruleset().rules().size(), ms);
        } else {
            LOG.error("Rules in {} did not load ({}); {}:\n{}", dir, trigger,
                    serving == null ? "nothing to serve" : "still serving version " + serving.version(),
                    report.errors().stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        }
        listeners.forEach(l -> l.accept(report));
        return report;
    }
}
