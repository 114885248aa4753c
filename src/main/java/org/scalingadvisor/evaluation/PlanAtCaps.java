package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.scalingadvisor.plan.PlanReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A plan as large as the schema lets a plan be: the most activities and stakeholders it allows,
 * their types, audiences and groups cycling through every value the schema knows. The trial run
 * evaluates every rule set on it, so a rule whose cost grows with the plan's lists is refused
 * before a planner's large plan meets it.
 */
public final class PlanAtCaps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanAtCaps() {
    }

    public static byte[] json() {
        JsonNode schema = schema();
        JsonNode activitySchema = schema.path("properties").path("activities");
        JsonNode stakeholderSchema = schema.path("properties").path("stakeholders");
        JsonNode types = schema.path("$defs").path("activityType").path("enum");
        JsonNode groups = schema.path("$defs").path("stakeholderGroup").path("enum");
        int maxActivities = activitySchema.path("maxItems").asInt(500);
        int maxStakeholders = stakeholderSchema.path("maxItems").asInt(200);
        int maxAudiences = activitySchema.path("items").path("properties").path("audiences").path("maxItems").asInt(20);
        ObjectNode plan = JSON.createObjectNode();
        plan.put("title", "A plan at the size caps");
        plan.put("stage", "EARLY_SPREAD");
        plan.put("durationMonths", 240);
        ArrayNode activities = plan.putArray("activities");
        for (int i = 0; i < maxActivities; i++) {
            ObjectNode activity = activities.addObject();
            activity.put("id", "a" + i);
            activity.put("type", types.get(i % types.size()).asText());
            ArrayNode audiences = activity.putArray("audiences");
            for (int g = 0; g < Math.min(maxAudiences, groups.size()); g++) {
                audiences.add(groups.get((i + g) % groups.size()).asText());
            }
            if (i % 3 != 0) {
                activity.put("budget", 1000 + i);
            }
            if (i % 4 != 0) {
                activity.put("startMonth", i % 24);
                activity.put("endMonth", i % 24 + i % 12);
            }
            activity.put("sites", i % 7);
        }
        ArrayNode stakeholders = plan.putArray("stakeholders");
        String[] roles = {"INFORMED", "CONSULTED", "INVOLVED", "CO_PRODUCING", "LEADING"};
        String[] networks = {"NONE", "WEAK", "MODERATE", "STRONG"};
        for (int i = 0; i < maxStakeholders; i++) {
            ObjectNode stakeholder = stakeholders.addObject();
            stakeholder.put("group", groups.get(i % groups.size()).asText());
            stakeholder.put("role", roles[i % roles.length]);
            stakeholder.put("network", networks[i % networks.length]);
            stakeholder.put("engagementRoute", i % 2 == 0);
        }
        try {
            return JSON.writeValueAsBytes(plan);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schema() {
        try (InputStream in = PlanAtCaps.class.getResourceAsStream(PlanReader.SCHEMA_RESOURCE)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
