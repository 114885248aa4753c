package org.scalingadvisor.ruleset;

import org.scalingadvisor.plan.ActivityType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Which category each activity type belongs to, as the trainers' category table says. */
public final class CategoryTable {

    private final Map<String, String> categoryByType;

    private CategoryTable(Map<String, String> categoryByType) {
        this.categoryByType = categoryByType;
    }

    /** The category of an activity type; every type has one once the table has loaded without problems. */
    public String categoryOf(String activityType) {
        return categoryByType.getOrDefault(activityType, "OTHER");
    }

    /** Reads the table: | category | types | with types separated by commas. */
    static CategoryTable parse(String file, String text, List<RuleProblem> problems) {
        Map<String, String> byType = new LinkedHashMap<>();
        Map<String, Integer> lineOfType = new TreeMap<>();
        boolean found = false;
        for (MarkdownTables.Table table : MarkdownTables.parse(text)) {
            if (!table.header().equals(List.of("category", "types"))) {
                continue;
            }
            found = true;
            for (MarkdownTables.Row row : table.rows()) {
                List<String> cells = row.cells();
                if (cells.size() != 2 || cells.get(0).isEmpty()) {
                    problems.add(new RuleProblem(file, row.line(), "a row needs a category and its types"));
                    continue;
                }
                String category = cells.get(0);
                if (!category.matches("[A-Z][A-Z_]*")) {
                    problems.add(new RuleProblem(file, row.line(),
                            "category '" + category + "' should be written in capitals with underscores, e.g. DEMAND"));
                }
                for (String type : Arrays.stream(cells.get(1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
                    if (!isActivityType(type)) {
                        problems.add(new RuleProblem(file, row.line(), "'" + type
                                + "' is not an activity type of the plan; the types are " + Arrays.toString(ActivityType.values())));
                    } else if (byType.containsKey(type)) {
                        problems.add(new RuleProblem(file, row.line(), type + " is already in category " + byType.get(type)
                                + " (line " + lineOfType.get(type) + "); a type belongs to one category"));
                    } else {
                        byType.put(type, category);
                        lineOfType.put(type, row.line());
                    }
                }
            }
        }
        if (!found) {
            problems.add(new RuleProblem(file, 0, "no category table found: it needs the header | category | types |"));
        } else {
            for (ActivityType type : ActivityType.values()) {
                if (!byType.containsKey(type.name())) {
                    problems.add(new RuleProblem(file, 0, "activity type " + type + " has no category; add it to one row"));
                }
            }
        }
        return new CategoryTable(byType);
    }

    private static boolean isActivityType(String name) {
        return Arrays.stream(ActivityType.values()).anyMatch(t -> t.name().equals(name));
    }
}
