package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.runtime.rule.ConsequenceException;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.RuleInfo;
import org.scalingadvisor.ruleset.RuleProblem;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetCompiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The gate's last step: a rule set that compiles and follows the conventions is evaluated on every
 * sample plan found at run time (samples/plans, the plans of samples/cases, and a plan bundled in
 * the jar so a deployment without samples is exercised too), each within a time budget. A rule
 * that throws, keeps re-firing up to the firing cap, or runs over the budget is reported at its
 * file and line, and the rule set is not served. A rule set that passes is also tried on a session
 * moved from plan to plan ({@link MovedSessionTrial}): one that hangs or differs there is served, with its
 * what-ifs on fresh sessions.
 */
public final class TrialRun implements RulesetCompiler.Trial {

    /** The plan bundled in the jar (also used to warm up the service). */
    public static final String BUNDLED_PLAN = "/warmup-plan.json";
    private static final Pattern RULE_NAME = Pattern.compile("[Rr]ule \"?([^\"\\]\\n]+?)\"?(?: in |]|$)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path samples;
    private static final int FIRST_PLAN_BUDGET_FACTOR = 5;
    private final long budgetMillis;
    private final PlanReader reader = new PlanReader();

    /** {@code samples}: the samples folder (may not exist); {@code budgetMillis}: per plan. */
    public TrialRun(Path samples, long budgetMillis) {
        this.samples = samples;
        this.budgetMillis = budgetMillis;
    }

    /**
     * Tries the rules on every plan; a rule set that passes is then tried on a session moved across the plans, as
     * listed and in reverse ({@link MovedSessionTrial}), which can make it not incrementally safe but never refuses it.
     */
    @Override
    public List<RuleProblem> exercise(Ruleset ruleset) {
        List<RuleProblem> problems = new ArrayList<>();
        List<MovedSessionTrial.Tried> tried = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<String, ScalingPlan> plan : plans().entrySet()) {
            // The first plan also pays, once, for loading and compiling the rule set's classes in a cold
            // JVM (seconds on a busy 2-core machine), so it gets a wider budget; a runaway rule still stops it.
            long budget = first ? FIRST_PLAN_BUDGET_FACTOR * budgetMillis : budgetMillis;
            first = false;
            Outcome[] fresh = new Outcome[1];
            trial(ruleset, plan.getKey(), plan.getValue(), budget, fresh).ifPresent(problems::add);
            if (!problems.isEmpty()) {
                return problems; // one failing plan is enough to refuse; the others would repeat it
            }
            tried.add(new MovedSessionTrial.Tried(plan.getKey(),
                    PlanFacts.of(plan.getValue(), ruleset.categories(), ruleset.thresholds()), fresh[0]));
        }
        if (ruleset.incrementalSafe()) {
            List<MovedSessionTrial.Tried> reversed = new ArrayList<>(tried);
            Collections.reverse(reversed);
            MovedSessionTrial.check(ruleset, List.of(tried, reversed), budgetMillis, MOVED_BUDGET_FACTOR * budgetMillis)
                    .ifPresent(ruleset::movedSessionsFailed);
        }
        return problems;
    }

    /** The moved-session check's budget, in per-plan budgets: past it, the check ends without a verdict. */
    private static final int MOVED_BUDGET_FACTOR = 2;

    /** Every plan to try, by the name shown in problems; plans that are not valid plans are left out. */
    Map<String, ScalingPlan> plans() {
        Map<String, ScalingPlan> plans = new LinkedHashMap<>();
        try (InputStream in = TrialRun.class.getResourceAsStream(BUNDLED_PLAN)) {
            if (in != null) {
                add(plans, "the bundled plan", in.readAllBytes());
            }
        } catch (IOException e) {
            // the jar always has it; without it the samples still run
        }
        add(plans, "a plan at the size caps", PlanAtCaps.json());
        for (Path file : jsonFiles(samples.resolve("plans"))) {
            add(plans, display(file), read(file));
        }
        for (Path file : jsonFiles(samples.resolve("cases"))) {
            byte[] bytes = read(file);
            if (bytes == null) {
                continue;
            }
            try {
                JsonNode plan = JSON.readTree(bytes).path("plan");
                if (plan.isTextual()) {
                    Path referenced = file.getParent().resolve(plan.asText()).normalize();
                    if (Files.isRegularFile(referenced)) {
                        add(plans, display(referenced), read(referenced));
                    }
                } else if (plan.isObject()) {
                    add(plans, display(file), JSON.writeValueAsBytes(plan));
                }
            } catch (IOException e) {
                // a broken case is the case runner's to report
            }
        }
        return plans;
    }

    /**
     * Tries one plan; {@code fresh} gets its outcome. The budget counts the processor time the trial's own thread
     * uses, not the time on the wall: on a machine busy with other work (evaluations at once, a service under load)
     * a rule is slow only if it costs more, never because it waited for a core.
     */
    private Optional<RuleProblem> trial(Ruleset ruleset, String planName, ScalingPlan plan, long budgetMillis, Outcome[] fresh) {
        long budgetNanos = TimeUnit.MILLISECONDS.toNanos(budgetMillis);
        Observer observer = new Observer(budgetNanos);
        FutureTask<Void> task = new FutureTask<>(() -> {
            observer.start();
            ruleset.observed(observer, () -> fresh[0] = Outcome.of(new Evaluator().run(plan, ruleset, null).evaluation()));
            return null;
        });
        Thread thread = new Thread(task, "rules-trial");
        thread.setDaemon(true);
        thread.start();
        long wallLimit = System.nanoTime() + Math.max(TimeUnit.SECONDS.toNanos(60), WALL_FACTOR * budgetNanos);
        try {
            while (true) {
                try {
                    task.get(budgetMillis + 1000, TimeUnit.MILLISECONDS);
                    return Optional.empty();
                } catch (TimeoutException e) {
                    // Still running: stuck only if it has used its budget of processor time (a condition stuck
                    // inside one evaluation, such as a runaway pattern), or waited beyond any reason.
                    if (ThreadTime.of(thread) - observer.startNanos() > budgetNanos || System.nanoTime() > wallLimit) {
                        return Optional.of(stuck(ruleset, observer, thread, planName, budgetMillis));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(new RuleProblem(".", 0, "the trial run was interrupted"));
        } catch (ExecutionException e) {
            return Optional.of(failure(ruleset, observer, planName, e.getCause(), budgetMillis));
        }
    }

    /** Past this many budgets on the wall, a trial that uses no processor time is stuck all the same. */
    private static final int WALL_FACTOR = 30;

    /** A trial stuck over its budget cannot be stopped safely: the thread is left to finish on its own, the rule set refused. */
    private static RuleProblem stuck(Ruleset ruleset, Observer observer, Thread thread, String planName, long budgetMillis) {
        StackTraceElement[] stack = thread.getStackTrace();
        thread.interrupt();
        String rule = observer.current;
        if (Stream.of(stack).anyMatch(frame -> frame.getClassName().startsWith("java.util.regex."))) {
            // Stuck in a regular expression: the rules that use 'matches' are the suspects.
            rule = ruleset.rules().stream().filter(r -> ruleset.drl(r.ruleId()).orElse("").contains(" matches "))
                    .map(RuleInfo::name).findFirst().orElse(rule);
        }
        return problem(ruleset, rule, "took longer than the trial budget of " + budgetMillis
                + " ms on " + planName + "; make its conditions cheaper");
    }

    private RuleProblem failure(Ruleset ruleset, Observer observer, String planName, Throwable error, long budgetMillis) {
        boolean overBudget = false;
        for (Throwable t = error; t != null && !overBudget; t = t.getCause() == t ? null : t.getCause()) {
            overBudget = t instanceof OverBudget;
        }
        if (overBudget) {
            return problem(ruleset, observer.current, "took longer than the trial budget of " + budgetMillis + " ms on "
                    + planName + "; make its conditions cheaper");
        }
        if (error instanceof IllegalStateException && String.valueOf(error.getMessage()).contains("without settling")) {
            String busiest = observer.firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            return problem(ruleset, busiest, "fired " + observer.firings.getOrDefault(busiest, 0) + " times on " + planName
                    + " without settling (the firing cap): it matches too many combinations of facts, or its conclusion"
                    + " re-triggers it; narrow its conditions");
        }
        String rule = null;
        for (Throwable t = error; t != null && rule == null; t = t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getRule() != null) {
                rule = consequence.getRule().getName();
            } else if (t.getMessage() != null) {
                Matcher m = RULE_NAME.matcher(t.getMessage());
                rule = m.find() && ruleset.rules().stream().anyMatch(r -> r.name().equals(m.group(1).trim())) ? m.group(1).trim() : null;
            }
        }
        if (rule == null) {
            rule = observer.current;
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + abbreviate(root.getMessage()));
        return problem(ruleset, rule, "fails at run time on " + planName + " (" + why + ")");
    }

    private static RuleProblem problem(Ruleset ruleset, String ruleName, String what) {
        Optional<RuleInfo> rule = ruleset.rules().stream().filter(r -> r.name().equals(ruleName)).findFirst();
        return rule.map(r -> new RuleProblem(r.file(), r.line(), "rule \"" + r.name() + "\" " + what))
                .orElseGet(() -> new RuleProblem(".", 0, "the rules " + what));
    }

    /** Counts firings per rule, knows the rule being matched or fired, and stops a run over its budget. */
    private static final class Observer extends DefaultAgendaEventListener {

        private final long budgetNanos;
        private final Map<String, Integer> firings = new HashMap<>();
        private volatile String current;
        private volatile long start;

        Observer(long budgetNanos) {
            this.budgetNanos = budgetNanos;
        }

        /** On the trial's thread, before it evaluates. */
        void start() {
            start = ThreadTime.current();
        }

        long startNanos() {
            return start;
        }

        @Override
        public void matchCreated(MatchCreatedEvent event) {
            current = event.getMatch().getRule().getName();
            check();
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = event.getMatch().getRule().getName();
            check();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
        }

        private void check() {
            if (ThreadTime.current() - start > budgetNanos) {
                throw new OverBudget();
            }
        }
    }

    private static final class OverBudget extends RuntimeException {
        OverBudget() {
            super("over the trial budget", null, false, false);
        }
    }

    private void add(Map<String, ScalingPlan> plans, String name, byte[] body) {
        if (body == null || plans.containsKey(name)) {
            return;
        }
        try {
            plans.put(name, reader.read(body));
        } catch (PlanRejectedException | RuntimeException e) {
            // not a valid plan: the API would refuse it too, so it cannot reach the rules
        }
    }

    private static List<Path> jsonFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.size(file) > 2_000_000 ? null : Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
    }

    private String display(Path file) {
        Path parent = samples.toAbsolutePath().getParent();
        Path abs = file.toAbsolutePath().normalize();
        return (parent != null && abs.startsWith(parent) ? parent.relativize(abs) : abs.getFileName()).toString().replace('\\', '/');
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
