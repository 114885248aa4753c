package org.scalingadvisor.ruleset;

import org.scalingadvisor.plan.ActivityType;
import org.scalingadvisor.plan.StakeholderGroup;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Which category each activity type belongs to, as the trainers' category table says. */
public final class CategoryTable {

    private final Map<String, String> categoryByType;
    private final Map<String, String> sideByCategory;

    /** The distinct sides, in the table's order: read once, asked for on every evaluation. */
    private final List<String> sides;

    /** What delivers each claim a plan can tick (the claims table of the same file). */
    private final ClaimTable claims;

    /** How the size of an activity of each listed type is read (the sizing table): MONTHS, MONTHS_IF_FUNDED or PER_ORGANISATION. */
    private final Map<String, String> sizingByType;

    private CategoryTable(Map<String, String> categoryByType, Map<String, String> sideByCategory, ClaimTable claims,
                          Map<String, String> sizingByType) {
        this.claims = claims;
        this.sizingByType = sizingByType;
        this.categoryByType = categoryByType;
        this.sideByCategory = sideByCategory;
        this.sides = sideByCategory.values().stream().distinct().toList();
    }

    /** The side of spread a category's effort goes to (SUPPLY, DEMAND, ADOPTION ...), from the sides table. */
    public String sideOf(String category) {
        return sideByCategory.getOrDefault(category, "OTHER");
    }

    /** Every side the sides table names, in its order. */
    public List<String> sides() {
        return sides;
    }

    /** What delivers each claim a plan can tick. */
    public ClaimTable claims() {
        return claims;
    }

    /**
     * Work whose substance is its length, not its money (commissioning, engagement, review): it is a token only
     * when it is over within the token months, and its size is known from its months alone.
     */
    public boolean sizedByMonths(String activityType) {
        return "MONTHS".equals(sizingByType.get(activityType));
    }

    /**
     * Work that is cheap but needs something to run on (a community of practice, an adopter network, co-design): sized
     * by its months once its budget covers activity.token.funded.per-month for each month; a token below that; of
     * unknown size with no budget where any activity gives one (activity-categories.md, sizing).
     */
    public boolean sizedByMonthsIfFunded(String activityType) {
        return "MONTHS_IF_FUNDED".equals(sizingByType.get(activityType));
    }

    /** Money handed to adopting organisations: a token when it comes to little for each organisation it reaches. */
    public boolean moneyPerOrganisation(String activityType) {
        return "PER_ORGANISATION".equals(sizingByType.get(activityType));
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
        Map<String, String> sides = parseSides(file, text, byType, problems);
        java.util.Set<String> types = Arrays.stream(ActivityType.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> groups = Arrays.stream(StakeholderGroup.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet());
        return new CategoryTable(byType, sides, ClaimTable.parse(file, text, types, groups, problems), parseSizing(file, text, problems));
    }

    /** Reads | side | categories |: every category of the first table needs exactly one side. */
    private static Map<String, String> parseSides(String file, String text, Map<String, String> byType, List<RuleProblem> problems) {
        Map<String, String> sideByCategory = new LinkedHashMap<>();
        boolean found = false;
        for (MarkdownTables.Table table : MarkdownTables.parse(text)) {
            if (!table.header().equals(List.of("side", "categories"))) {
                continue;
            }
            found = true;
            for (MarkdownTables.Row row : table.rows()) {
                List<String> cells = row.cells();
                if (cells.size() != 2 || !cells.get(0).matches("[A-Z][A-Z_]*")) {
                    problems.add(new RuleProblem(file, row.line(), "a row needs a side in capitals (e.g. DEMAND) and its categories"));
                    continue;
                }
                for (String category : Arrays.stream(cells.get(1).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
                    if (!byType.containsValue(category)) {
                        problems.add(new RuleProblem(file, row.line(), "'" + category + "' is not a category of the category table"));
                    } else if (sideByCategory.putIfAbsent(category, cells.get(0)) != null) {
                        problems.add(new RuleProblem(file, row.line(), category + " already has side " + sideByCategory.get(category)
                                + "; a category belongs to one side"));
                    }
                }
            }
        }
        if (!found) {
            problems.add(new RuleProblem(file, 0, "no sides table found: it needs the header | side | categories |"));
        } else {
            byType.values().stream().distinct().filter(c -> !sideByCategory.containsKey(c)).forEach(c ->
                    problems.add(new RuleProblem(file, 0, "category " + c + " has no side; add it to one row of the sides table")));
        }
        return sideByCategory;
    }

    /** Reads the optional | sizing | types | table: MONTHS, MONTHS_IF_FUNDED or PER_ORGANISATION, each type at most once. */
    private static Map<String, String> parseSizing(String file, String text, List<RuleProblem> problems) {
        Map<String, String> sizing = new TreeMap<>();
        for (MarkdownTables.Table table : MarkdownTables.parse(text)) {
            if (!table.header().equals(List.of("sizing", "types"))) {
                continue;
            }
            for (MarkdownTables.Row row : table.rows()) {
                List<String> cells = row.cells();
                if (cells.size() != 2 || !List.of("MONTHS", "MONTHS_IF_FUNDED", "PER_ORGANISATION").contains(cells.get(0))) {
                    problems.add(new RuleProblem(file, row.line(),
                            "a sizing row needs MONTHS, MONTHS_IF_FUNDED or PER_ORGANISATION and its types"));
                    continue;
                }
                for (String type : Arrays.stream(cells.get(1).split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList()) {
                    if (!isActivityType(type)) {
                        problems.add(new RuleProblem(file, row.line(), "'" + type + "' is not an activity type of the plan"));
                    } else if (sizing.putIfAbsent(type, cells.get(0)) != null) {
                        problems.add(new RuleProblem(file, row.line(), type + " already has sizing " + sizing.get(type)));
                    }
                }
            }
        }
        return Map.copyOf(sizing);
    }

    private static boolean isActivityType(String name) {
        return Arrays.stream(ActivityType.values()).anyMatch(t -> t.name().equals(name));
    }
}
