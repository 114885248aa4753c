package org.scalingadvisor.cli;

import org.scalingadvisor.evaluation.Evaluation;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The readable report of an evaluation: verdict, then each item with why, evidence and source. */
final class Report {

    private static final int WIDTH = 92;

    private final PrintWriter out;

    Report(PrintWriter out) {
        this.out = out;
    }

    void print(Evaluation e) {
        Evaluation.Summary s = e.summary();
        out.println("Scaling Advisor: " + e.plan().title());
        out.println("Verdict: " + s.verdict() + (s.myths().isEmpty() ? "; no myth diagnosed" : "; myths: " + String.join(", ", s.myths())));
        out.printf("Items: %d critical, %d high, %d medium, %d low; %s, %s (rules %s)%n%n",
                s.counts().CRITICAL(), s.counts().HIGH(), s.counts().MEDIUM(), s.counts().LOW(),
                count(s.gaps(), "gap"), count(s.strengths(), "strength"), e.ruleset().version());
        if (!s.firstActions().isEmpty()) {
            out.println("Act first on:");
            for (String id : s.firstActions()) {
                e.advice().stream().filter(i -> i.ruleId().equals(id)).findFirst()
                        .ifPresent(i -> out.printf("  %d. %s (%s)%s%n", s.firstActions().indexOf(id) + 1, i.title(), id,
                                problemAnswered(e, i)));
            }
            out.println();
        }
        // Numbered in reading order (the short report first, then what it leaves out), as the page numbers them.
        List<Evaluation.Item> shown = e.advice().stream().filter(item -> !item.folded()).toList();
        List<Evaluation.Item> folded = e.advice().stream().filter(Evaluation.Item::folded).toList();
        int number = 0;
        for (Evaluation.Item item : shown) {
            printItem(++number, item);
        }
        if (!folded.isEmpty()) {
            out.println("More advice, left out of a short report:");
            out.println();
            for (Evaluation.Item item : folded) {
                printItem(++number, item);
            }
        }
    }

    /**
     * For an action that answers a diagnosed myth, the myth it answers and that myth's band and score, said to be the
     * myth's (two reviewers read a bare "[CRITICAL 100]" beside the action as the action's own): first actions are
     * ordered by the problem they answer, so the planner sees why a MEDIUM answer comes before a HIGH item.
     */
    private static String problemAnswered(Evaluation e, Evaluation.Item action) {
        if (!action.kind().equals("RECOMMENDATION") || action.trace() == null || action.trace().derivedFrom() == null) {
            return "";
        }
        // An action merged from the answers to two myths answers both: naming one would pin it to the wrong myth.
        List<String> myths = e.advice().stream()
                .filter(d -> d.kind().equals("DIAGNOSIS") && action.trace().derivedFrom().contains(d.ruleId()))
                .map(d -> d.title().replaceFirst(":.*", "") + " (the myth is " + d.priority().band() + " "
                        + d.priority().score() + ")")
                .toList();
        return myths.isEmpty() ? "" : ", the answer to " + String.join(" and ", myths);
    }

    private void printItem(int number, Evaluation.Item item) {
        out.printf("%2d. [%s %d] %s: %s%n", number, item.priority().band(), item.priority().score(), item.kind(),
                item.title());
        wrap(item.message()).forEach(line -> out.println("      " + line));
        if (!item.about().isEmpty()) {
            out.println("      in the plan: " + String.join("; ", item.about()));
        }
        for (Evaluation.Sign sign : item.signs()) {
            out.println("      sign: " + sign.text() + (sign.evidence().isEmpty() ? "" : " [" + String.join(", ", sign.evidence()) + "]"));
        }
        out.println("      why: " + item.priority().contributions().stream()
                .map(c -> (c.points() >= 0 ? "+" : "") + c.points() + " " + c.reason())
                .collect(Collectors.joining("; ")));
        if (!item.trace().evidence().isEmpty()) {
            out.println("      evidence: " + String.join(", ", item.trace().evidence()));
        }
        if (!item.trace().missing().isEmpty()) {
            out.println("      not in the plan: " + String.join(", ", item.trace().missing()));
        }
        out.println("      source: " + item.sources().stream().map(src -> src.sourceId() + ", " + src.section())
                .collect(Collectors.joining("; ")) + " (refs " + String.join(", ", item.refs()) + ")");
        out.println("      rule: " + item.ruleId() + " in " + item.trace().file() + ":" + item.trace().line()
                + (item.trace().merged().isEmpty() ? "" : "; merged with " + String.join(", ", item.trace().merged())));
        out.println();
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** "1 gap", "2 gaps". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
