package org.scalingadvisor.ruleset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The numbers rules and ranking share (bands, shares, counts), read from the thresholds file. */
public final class Thresholds {

    static final List<String> BAND_KEYS = List.of("band.critical", "band.high", "band.medium");

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
        if (values.keySet().containsAll(BAND_KEYS)
                && !(values.get("band.critical") > values.get("band.high") && values.get("band.high") > values.get("band.medium"))) {
            problems.add(new RuleProblem(file, 0, "bands must rise: band.medium < band.high < band.critical"));
        }
        return new Thresholds(values);
    }
}
