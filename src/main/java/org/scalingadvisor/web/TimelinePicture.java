package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan's activities as bars against its months, with lines where the pilot ends, the money for
 * spread ends and the plan ends: Myth 3 (pilot, then roll out) and a funding cliff at a glance.
 * Geometry in SVG user units; the summary is the picture's text alternative.
 */
record TimelinePicture(List<Lane> lanes, List<Marker> markers, List<Tick> ticks, String summary, int height, int axisY) {

    /** Where the month axis starts and ends. */
    public int axisFrom() {
        return CHART_X;
    }

    public int axisTo() {
        return CHART_X + CHART_WIDTH;
    }

    /** One activity's bar; an activity that runs on with no planned end reaches the picture's right edge. */
    record Lane(String label, int y, int x, int width, boolean ongoing) {
    }

    /** A month that matters, drawn as a line across every lane. */
    record Marker(String label, int x, int labelY, String kind) {

        /** Labels of lines near the right edge are written to the line's left, so they stay inside the picture. */
        public boolean labelLeft() {
            return x > CHART_X + CHART_WIDTH / 2;
        }

        public int labelX() {
            return labelLeft() ? x - 4 : x + 4;
        }
    }

    /** A month on the axis. */
    record Tick(int x, String label) {
    }

    static final int CHART_X = 230;
    static final int CHART_WIDTH = 380;
    private static final int ROW = 20;
    private static final int TOP = 34;

    /** The picture, or null when no activity gives its months. */
    static TimelinePicture of(JsonNode plan, PlanFields fields) {
        Field type = fields.byPath("activities.type");
        List<JsonNode> dated = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        int end = plan.path("durationMonths").asInt(0);
        Integer pilotEnd = null;
        for (JsonNode activity : plan.path("activities")) {
            if (activity.path("startMonth").isInt() && ongoing(activity)) {
                dated.add(activity);
                end = Math.max(end, activity.path("startMonth").asInt() + 3); // room to show it running on
            } else if (activity.path("startMonth").isInt() && activity.path("endMonth").isInt()) {
                dated.add(activity);
                end = Math.max(end, activity.path("endMonth").asInt());
                if (activity.path("type").asText().equals("PILOT")) {
                    pilotEnd = Math.max(pilotEnd == null ? 0 : pilotEnd, activity.path("endMonth").asInt());
                }
            } else {
                undated.add(name(activity, type));
            }
        }
        if (dated.isEmpty()) {
            return null;
        }
        JsonNode moneyEnds = plan.at("/resources/fundingEndsMonth");
        end = Math.max(Math.max(end, moneyEnds.asInt(0)), 1);
        List<Lane> lanes = new ArrayList<>();
        for (JsonNode activity : dated) {
            int from = activity.path("startMonth").asInt();
            boolean ongoing = ongoing(activity);
            int to = ongoing ? end : Math.max(from, activity.path("endMonth").asInt());
            lanes.add(new Lane(name(activity, type), TOP + lanes.size() * ROW, x(from, end), Math.max(3, x(to, end) - x(from, end)), ongoing));
        }
        List<Marker> markers = new ArrayList<>();
        List<String> words = new ArrayList<>();
        if (pilotEnd != null) {
            markers.add(new Marker("Pilot ends, month " + pilotEnd, x(pilotEnd, end), 10, "pilot"));
            words.add("the pilot ends in month " + pilotEnd);
        }
        if (moneyEnds.isInt()) {
            markers.add(new Marker("Money ends, month " + moneyEnds.asInt(), x(moneyEnds.asInt(), end), 22, "money"));
            words.add("the money for spread ends in month " + moneyEnds.asInt());
        }
        if (plan.path("durationMonths").isInt()) {
            words.add("the plan runs " + plan.path("durationMonths").asInt() + " months");
        }
        long pastMoney = moneyEnds.isInt()
                ? dated.stream().filter(a -> ongoing(a) || a.path("endMonth").asInt() > moneyEnds.asInt()).count() : 0;
        long runningOn = dated.stream().filter(TimelinePicture::ongoing).count();
        if (runningOn > 0) {
            words.add(runningOn + (runningOn == 1 ? " runs" : " run") + " on with no planned end");
        }
        int axisY = TOP + lanes.size() * ROW + 4;
        List<Tick> ticks = new ArrayList<>();
        int step = end <= 12 ? 3 : end <= 36 ? 6 : end <= 72 ? 12 : 24;
        for (int month = 0; month <= end; month += step) {
            ticks.add(new Tick(x(month, end), String.valueOf(month)));
        }
        String summary = dated.size() + (dated.size() == 1 ? " activity has" : " activities have") + " months"
                + (words.isEmpty() ? "" : "; " + String.join(", ", words))
                + (pastMoney == 0 ? "" : "; " + pastMoney + " of them run past the month the money ends")
                + (undated.isEmpty() ? "." : ". No months given for: " + String.join(", ", undated) + ".");
        return new TimelinePicture(lanes, markers, ticks, summary, axisY + 22, axisY);
    }

    /** The plan says the activity runs on with no planned end (and so gives no end month). */
    private static boolean ongoing(JsonNode activity) {
        return activity.path("ongoing").asBoolean(false) && !activity.path("endMonth").isInt();
    }

    private static int x(int month, int end) {
        return CHART_X + Math.round((float) CHART_WIDTH * month / end);
    }

    private static String name(JsonNode activity, Field type) {
        String description = activity.path("description").asText("");
        if (!description.isBlank()) {
            return description.length() > 32 ? description.substring(0, 31) + "…" : description;
        }
        Field.Option option = type == null ? null : type.option(activity.path("type").asText());
        String named = (option == null ? "Activity" : option.label()) + " (" + activity.path("id").asText("?") + ")";
        return named.length() > 32 ? named.substring(0, 31) + "…" : named;
    }
}
