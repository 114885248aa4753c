package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashSet;
import java.util.Set;

/**
 * Activity references ("activity-3") made for the planner rather than typed: a row without one gets
 * the first free reference, and a reference written by hand ("Launch event") is kept readable but
 * made one the plan accepts ("Launch-event"), so a reference never stops the advice.
 */
final class ActivityReferences {

    private static final String ALLOWED = "[A-Za-z0-9._-]+";

    private ActivityReferences() {
    }

    static void fill(ObjectNode plan) {
        JsonNode activities = plan.path("activities");
        if (!activities.isArray()) {
            return;
        }
        Set<String> taken = new HashSet<>();
        for (JsonNode row : activities) {
            if (row.isObject() && row.path("id").isTextual() && !row.path("id").asText().isBlank()) {
                String made = readable(row.path("id").asText());
                ((ObjectNode) row).put("id", made);
                taken.add(made);
            }
        }
        int next = 1;
        for (JsonNode row : activities) {
            if (row.isObject() && !taken.contains(row.path("id").asText(""))) {
                while (taken.contains("activity-" + next)) {
                    next++;
                }
                ((ObjectNode) row).put("id", "activity-" + next);
                taken.add("activity-" + next);
            }
        }
    }

    private static String readable(String typed) {
        if (typed.matches(ALLOWED)) {
            return typed;
        }
        String made = typed.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return made.isEmpty() ? "" : made;
    }
}
