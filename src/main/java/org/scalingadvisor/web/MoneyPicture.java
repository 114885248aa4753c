package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.scalingadvisor.plan.StakeholderGroup;
import org.scalingadvisor.plan.StakeholderSide;
import org.scalingadvisor.ruleset.CategoryTable;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Where the money goes": the plan's activity budgets summed by side of spread (making new
 * innovations, piloting, demand, money for adopters, adoption, information), drawn as bars by the template; the
 * sides are the trainers' category table's, so the picture agrees with the rules. Geometry in SVG
 * user units; the summary is the picture's text alternative.
 */
record MoneyPicture(List<Bar> bars, String summary, int height) {

    /** One side's bar: its words, its amount and share, where it is drawn and how long. */
    record Bar(String label, String amount, int y, int x, int width, String side) {

        /** Where the amount is written: just after the bar. */
        public int valueX() {
            return x + width + 6;
        }
    }

    static final int CHART_X = 230;
    static final int CHART_WIDTH = 300;
    private static final int ROW = 26;
    private static final Map<String, String> SIDES = new LinkedHashMap<>();

    static {
        SIDES.put("SUPPLY", "Making new innovations (supply)");
        SIDES.put("PILOTING", "Piloting");
        SIDES.put("DEMAND", "Demand and enabling conditions");
        SIDES.put("ADOPTER-MONEY", "Money paid to adopting organisations");
        SIDES.put("ADOPTION", "Helping organisations adopt");
        SIDES.put("INFORMATION", "Telling and instructing");
        SIDES.put("OTHER", "Learning and other");
    }

    /** The picture, or null when no activity gives a budget. */
    static MoneyPicture of(JsonNode plan, CategoryTable categories) {
        Map<String, Double> bySide = new LinkedHashMap<>();
        SIDES.keySet().forEach(side -> bySide.put(side, 0.0));
        int unbudgeted = 0;
        double total = 0;
        for (JsonNode activity : plan.path("activities")) {
            if (!activity.path("budget").isNumber() || !activity.path("type").isTextual()) {
                unbudgeted++;
                continue;
            }
            String side = side(activity, categories);
            bySide.merge(SIDES.containsKey(side) ? side : "OTHER", activity.path("budget").asDouble(), Double::sum);
            total += activity.path("budget").asDouble();
        }
        if (total <= 0) {
            return null;
        }
        List<Bar> bars = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, Double> entry : bySide.entrySet()) {
            long share = Math.round(100 * entry.getValue() / total);
            String amount = pounds(entry.getValue()) + " (" + share + "%)";
            bars.add(new Bar(SIDES.get(entry.getKey()), amount, 10 + bars.size() * ROW, CHART_X,
                    (int) Math.round(CHART_WIDTH * entry.getValue() / total), entry.getKey().toLowerCase(Locale.ROOT)));
            if (entry.getValue() > 0) {
                words.add(SIDES.get(entry.getKey()).toLowerCase(Locale.ROOT) + " " + amount);
            }
        }
        String summary = "Of " + pounds(total) + " in activity budgets: " + String.join("; ", words) + "."
                + (unbudgeted == 0 ? "" : " " + unbudgeted + (unbudgeted == 1 ? " activity gives" : " activities give") + " no budget.");
        return new MoneyPicture(bars, summary, 20 + bars.size() * ROW);
    }

    /**
     * The side an activity's money goes to; work aimed at innovators alone adds to supply, as the rules count it.
     * Money paid to adopting organisations, which the rules count among the enabling conditions, has its own bar
     * beside the hands-on help, so a plan that funds its adopters is not read as giving them nothing.
     */
    private static String side(JsonNode activity, CategoryTable categories) {
        JsonNode audiences = activity.path("audiences");
        boolean innovatorsOnly = audiences.size() > 0;
        boolean reachesOrganisations = audiences.size() == 0;
        for (JsonNode audience : audiences) {
            innovatorsOnly &= audience.asText().equals("INNOVATORS");
            reachesOrganisations |= isOrganisation(audience.asText());
        }
        if (innovatorsOnly) {
            return "SUPPLY";
        }
        String type = activity.path("type").asText();
        // Community grants to the organisations that adopt are money paid to adopters, as the rules count them
        // (strength.adopters-funded); grants to citizens alone build demand.
        boolean adopterMoney = type.equals("ADOPTER_FUNDING") || type.equals("COMMUNITY_GRANTS") && reachesOrganisations;
        return adopterMoney ? "ADOPTER-MONEY" : categories.sideOf(categories.categoryOf(type));
    }

    /** Whether a group is an organisation's people (the professional or system side), as the rules' forOrganisations reads. */
    private static boolean isOrganisation(String group) {
        try {
            StakeholderSide side = StakeholderGroup.valueOf(group).side();
            return side == StakeholderSide.PROFESSIONAL || side == StakeholderSide.SYSTEM;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    static String pounds(double amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }
}
