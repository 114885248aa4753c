package org.scalingadvisor.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What delivers each claim a plan can make, as the trainers' claims table says
 * ({@code | claim | delivered by activity types | or by the plan's fields |} in activity-categories.md).
 * A claim is a yes/no field a planner can tick ("adopting is rewarded", "users have a way to take
 * part"); it counts only when a substantive activity of one of the listed types, or one of the listed
 * field values, delivers it.
 */
public final class ClaimTable {

    /** One field condition: {@code field >= number}, or {@code field = VALUE, VALUE}. */
    public record FieldCondition(String field, Double atLeast, Set<String> values) {
    }

    /**
     * One claim: the field and the value that claims (true for a yes/no field), the activity types and field conditions
     * that deliver it, and, for a type written {@code TYPE with GROUP} (or {@code TYPE with GROUP or GROUP}), the audience
     * groups it must reach to deliver it (a type with none listed delivers it whoever it is aimed at).
     */
    public record Claim(String field, String value, Set<String> activityTypes, Map<String, Set<String>> audiencesByType,
                        List<FieldCondition> fields) {

        /** Whether an activity of this type, aimed at these groups, is of a kind that delivers the claim. */
        public boolean deliveredBy(String type, List<String> audiences) {
            if (!activityTypes.contains(type)) {
                return false;
            }
            Set<String> needed = audiencesByType.get(type);
            return needed == null || audiences.stream().anyMatch(needed::contains);
        }
    }

    private static final List<String> HEADER = List.of("claim", "delivered by activity types", "or by the plan's fields");

    private final Map<String, Claim> claims;

    private ClaimTable(Map<String, Claim> claims) {
        this.claims = Map.copyOf(claims);
    }

    /** The claims table, by the claim's dotted field ({@code stakeholders.engagementRoute} for the stakeholder flag). */
    public Map<String, Claim> claims() {
        return claims;
    }

    /** An empty table: no claim needs corroboration (a rules folder without the table). */
    public static ClaimTable none() {
        return new ClaimTable(Map.of());
    }

    static ClaimTable parse(String file, String text, Set<String> activityTypes, Set<String> groups, List<RuleProblem> problems) {
        Map<String, Claim> claims = new LinkedHashMap<>();
        for (MarkdownTables.Table table : MarkdownTables.parse(text)) {
            if (!table.header().equals(HEADER)) {
                continue;
            }
            for (MarkdownTables.Row row : table.rows()) {
                List<String> cells = row.cells();
                if (cells.size() != 3 || !cells.get(0).matches("[a-z][A-Za-z.]*( = [A-Z_]+)?")) {
                    problems.add(new RuleProblem(file, row.line(), "a claims row needs a claim (a plan field such as"
                            + " movement.vision), the activity types that deliver it, and the fields that do"));
                    continue;
                }
                List<String> types = new ArrayList<>();
                Map<String, Set<String>> audiencesByType = new LinkedHashMap<>();
                for (String entry : split(cells.get(1), ",")) {
                    // TYPE, or TYPE with GROUP (or GROUP or GROUP): the type delivers the claim only when aimed at one of them.
                    String[] qualified = entry.split(" with ", 2);
                    String type = qualified[0].trim();
                    types.add(type);
                    if (!activityTypes.contains(type)) {
                        problems.add(new RuleProblem(file, row.line(), "'" + type + "' is not an activity type of the plan"));
                    }
                    if (qualified.length == 2) {
                        List<String> audiences = split(qualified[1], " or ");
                        for (String group : audiences) {
                            if (!groups.contains(group)) {
                                problems.add(new RuleProblem(file, row.line(), "'" + group + "' is not a stakeholder group of the"
                                        + " plan (write TYPE with GROUP, or TYPE with GROUP or GROUP)"));
                            }
                        }
                        audiencesByType.put(type, Set.copyOf(audiences));
                    }
                }
                List<FieldCondition> fields = new ArrayList<>();
                for (String condition : split(cells.get(2), ";")) {
                    FieldCondition parsed = condition(condition);
                    if (parsed == null) {
                        problems.add(new RuleProblem(file, row.line(), "'" + condition + "' should read field >= number, or"
                                + " field = VALUE, VALUE (conditions separated by ;)"));
                    } else {
                        fields.add(parsed);
                    }
                }
                String[] claimed = cells.get(0).split(" = ");
                String value = claimed.length == 2 ? claimed[1] : "true";
                if (claims.putIfAbsent(claimed[0], new Claim(claimed[0], value, Set.copyOf(types), Map.copyOf(audiencesByType),
                        List.copyOf(fields))) != null) {
                    problems.add(new RuleProblem(file, row.line(), cells.get(0) + " is already in the claims table"));
                }
            }
        }
        return new ClaimTable(claims);
    }

    private static FieldCondition condition(String text) {
        String[] atLeast = text.split(">=");
        if (atLeast.length == 2 && atLeast[0].trim().matches("[a-z][A-Za-z.]*")) {
            try {
                return new FieldCondition(atLeast[0].trim(), Double.parseDouble(atLeast[1].trim()), Set.of());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String[] equals = text.split("=");
        if (equals.length == 2 && equals[0].trim().matches("[a-z][A-Za-z.]*")) {
            List<String> values = split(equals[1], ",");
            return values.isEmpty() ? null : new FieldCondition(equals[0].trim(), null, Set.copyOf(values));
        }
        return null;
    }

    private static List<String> split(String cell, String separator) {
        return Arrays.stream(cell.split(separator)).map(String::trim).filter(s -> !s.isEmpty() && !s.equals("—")).toList();
    }
}
