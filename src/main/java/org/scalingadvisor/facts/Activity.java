package org.scalingadvisor.facts;

import java.util.List;

/** One planned activity, with the category the rules folder's category table gives its type. */
public final class Activity implements PlanFact {

    private final int index;
    private final String id;
    private final String type;
    private final String category;
    private final Double budget;
    private final Integer startMonth;
    private final List<String> audiences;
    private final List<String> audienceSides;

    public Activity(int index, String id, String type, String category, Double budget, Integer startMonth,
                    List<String> audiences, List<String> audienceSides) {
        this.index = index;
        this.id = id;
        this.type = type;
        this.category = category;
        this.budget = budget;
        this.startMonth = startMonth;
        this.audiences = List.copyOf(audiences);
        this.audienceSides = List.copyOf(audienceSides);
    }

    public int getIndex() {
        return index;
    }

    public String getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getCategory() {
        return category;
    }

    /** The budget, or 0 when the plan gives none (see {@link #isBudgetKnown()}). */
    public double getBudget() {
        return budget == null ? 0 : budget;
    }

    public boolean isBudgetKnown() {
        return budget != null;
    }

    /** Months from the plan's start, or -1 when the plan does not say (see {@link #isStartKnown()}). */
    public int getStartMonth() {
        return startMonth == null ? -1 : startMonth;
    }

    public boolean isStartKnown() {
        return startMonth != null;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    /** PROFESSIONAL, SYSTEM or USER for each audience. */
    public List<String> getAudienceSides() {
        return audienceSides;
    }

    /**
     * True when the activity reaches organisations: its audiences include professionals or the
     * system side, or it names no audience. Training for volunteers alone is not organisational support.
     */
    public boolean isForOrganisations() {
        return audienceSides.isEmpty() || audienceSides.contains("PROFESSIONAL") || audienceSides.contains("SYSTEM");
    }

    @Override
    public String getPointer() {
        return "/activities/" + index + "/type";
    }

    @Override
    public String toString() {
        return "activity " + index + " " + type + " (" + category + ")";
    }
}
