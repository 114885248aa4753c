package org.scalingadvisor.ruleset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The numbers rules and ranking share (bands, shares, counts), read from the thresholds file. */
public final class Thresholds {

    static final List<String> BAND_KEYS = List.of("band.critical", "band.high", "band.medium");

    /** What the engine itself reads (bands, tokens, the severity model, the verdict), with what each means. */
    static final Map<String, String> ENGINE_KEYS = Map.ofEntries(
            Map.entry("activity.token.budget.share", "the budget share below which an activity is a token"),
            Map.entry("activity.token.months", "the months or fewer an activity runs for to be a token"),
            Map.entry("severity.critical.sign.points", "the sign points a diagnosis needs before it can be CRITICAL"),
            Map.entry("severity.gap.max", "the highest score a question (GAP) may reach"),
            Map.entry("severity.recommendation.max", "the highest score a recommendation may reach (CRITICAL is for diagnoses)"),
            Map.entry("verdict.notready.diagnoses", "how many diagnosed myths make a plan NOT_READY"),
            Map.entry("verdict.notready.key.questions", "how many key questions unanswered make a plan NOT_READY"),
            Map.entry("verdict.needswork.concerns", "how many open concerns (MEDIUM recommendations) keep a plan from READY"),
            Map.entry("verdict.needswork.open", "how many open items of weight (MEDIUM recommendations and questions together) keep a plan from READY"),
            Map.entry("verdict.notready.concerns", "how many serious concerns (HIGH recommendations) make a plan NOT_READY"),
            Map.entry("first.actions.max", "how many items the summary lists to act on first"),
            Map.entry("report.items.shown", "how many items a short report shows before folding the rest"),
            Map.entry("report.strengths.shown", "how many strengths a short report keeps room for"));

    private final Map<String, Double> values;

    private Thresholds(Map<String, Double> values) {
        this.values = values;
    }

    public Map<String, Double> values() {
        return Map.copyOf(values);
    }

    public double get(String name) {
        Double value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no threshold named " + name);
        }
        return value;
    }

    /** The named number, or {@code otherwise} when the file does not set it (no copy of the map is made). */
    public double getOrDefault(String name, double otherwise) {
        Double value = values.get(name);
        return value == null ? otherwise : value;
    }

    /** Whether the file sets the named number. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The band of a score: CRITICAL, HIGH, MEDIUM or LOW. */
    public String band(int score) {
        if (score >= get("band.critical")) {
            return "CRITICAL";
        }
        if (score >= get("band.high")) {
            return "HIGH";
        }
        return score >= get("band.medium") ? "MEDIUM" : "LOW";
    }

    /** Reads {@code name = number} lines; # starts a comment. */
    static Thresholds parse(String file, String text, List<RuleProblem> problems) {
        Map<String, Double> values = new LinkedHashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(new RuleProblem(file, i + 1, "expected 'name = number', found '" + line + "'"));
                continue;
            }
            String name = line.substring(0, eq).trim();
            String raw = line.substring(eq + 1).trim();
            try {
                double value = Double.parseDouble(raw);
                if (!Double.isFinite(value)) {
                    throw new NumberFormatException();
                }
                if (values.put(name, value) != null) {
                    problems.add(new RuleProblem(file, i + 1, name + " is set twice"));
                }
            } catch (NumberFormatException e) {
                problems.add(new RuleProblem(file, i + 1, "'" + raw + "' is not a number (for " + name + ")"));
            }
        }
        for (String key : BAND_KEYS) {
            if (!values.containsKey(key)) {
                problems.add(new RuleProblem(file, 0, "missing " + key + " (the score at which that band starts)"));
            }
        }
        ENGINE_KEYS.forEach((key, meaning) -> {
            if (!values.containsKey(key)) {
                problems.add(new RuleProblem(file, 0, "missing " + key + " (" + meaning + ")"));
            }
        });
        if (values.keySet().containsAll(BAND_KEYS)
                && !(values.get("band.critical") > values.get("band.high") && values.get("band.high") > values.get("band.medium"))) {
            problems.add(new RuleProblem(file, 0, "bands must rise: band.medium < band.high < band.critical"));
        }
        return new Thresholds(values);
    }
}
