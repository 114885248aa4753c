package org.scalingadvisor.preview;

import org.scalingadvisor.store.PlanComparison;

import java.io.PrintWriter;
import java.util.List;

/** Writes a preview for a trainer: counts first, then each plan that would change and how. */
public final class PreviewReport {

    private final PrintWriter out;

    public PreviewReport(PrintWriter out) {
        this.out = out;
    }

    /** One group of plans (the corpus, or a database's plans) under its heading. */
    public void group(String heading, List<RulesPreview.PlanChanges> results) {
        List<RulesPreview.PlanChanges> read = results.stream().filter(r -> r.changes() != null).toList();
        out.println();
        out.println("== " + heading + ": " + read.size() + " plan" + (read.size() == 1 ? "" : "s")
                + (read.size() < results.size() ? " (" + (results.size() - read.size()) + " no longer valid plans left out)" : ""));
        out.println("verdict changed: " + count(read, c -> c.verdictChanged())
                + "; items added or removed: " + count(read, c -> !c.added().isEmpty() || !c.resolved().isEmpty())
                + "; score or band changed: " + count(read, c -> c.changed().stream().anyMatch(PreviewReport::scoreOrBand))
                + "; reworded: " + count(read, PlanComparison.Changes::textChanged));
        for (RulesPreview.PlanChanges result : read) {
            if (result.changed()) {
                plan(result);
            }
        }
        if (read.stream().noneMatch(RulesPreview.PlanChanges::changed)) {
            out.println("no plan's advice changes");
        }
    }

    private void plan(RulesPreview.PlanChanges result) {
        PlanComparison.Changes c = result.changes();
        out.println(result.plan().source() + ": " + result.plan().name());
        if (c.verdictChanged()) {
            out.println("  verdict " + c.verdict().from() + " -> " + c.verdict().to());
        }
        c.added().forEach(id -> out.println("  added " + id));
        c.resolved().forEach(id -> out.println("  removed " + id));
        for (PlanComparison.Change change : c.changed()) {
            if (scoreOrBand(change)) {
                out.println("  " + change.ruleId() + ": score " + change.from().score() + " " + change.from().band() + " -> "
                        + change.to().score() + " " + change.to().band() + " (rank " + change.from().rank() + " -> " + change.to().rank() + ")");
            }
        }
        List<String> moved = c.changed().stream().filter(change -> !scoreOrBand(change))
                .map(change -> change.ruleId() + " " + change.from().rank() + "->" + change.to().rank()).toList();
        if (!moved.isEmpty()) {
            out.println("  re-ranked: " + String.join(", ", moved));
        }
        for (PlanComparison.Rewording r : c.reworded()) {
            out.println("  " + r.ruleId() + " " + r.part() + " reworded");
            out.println("    was: " + r.from());
            out.println("    now: " + r.to());
        }
    }

    private static boolean scoreOrBand(PlanComparison.Change change) {
        return change.from().score() != change.to().score() || !change.from().band().equals(change.to().band());
    }

    private static long count(List<RulesPreview.PlanChanges> results, java.util.function.Predicate<PlanComparison.Changes> test) {
        return results.stream().filter(r -> test.test(r.changes())).count();
    }
}
