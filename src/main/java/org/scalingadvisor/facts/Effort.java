package org.scalingadvisor.facts;

/**
 * How much of the plan's effort goes to one side of spread (SUPPLY, DEMAND, ADOPTION, INFORMATION,
 * OTHER): its share of the known budget, how many activities, how many of them substantive, and how
 * many sites those substantive activities reach. One fact per side, always present, so a rule can say
 * "demand gets less than a tenth" without counting anything itself.
 */
public final class Effort implements PlanFact {

    private final String side;
    private final double budget;
    private final double share;
    private final boolean budgetKnown;
    private final int notTokens;
    private final int activities;
    private final int substantive;
    private final int sites;

    public Effort(String side, double budget, double share, boolean budgetKnown, int activities, int substantive, int sites,
                  int notTokens) {
        this.notTokens = notTokens;
        this.side = side;
        this.budget = budget;
        this.share = share;
        this.budgetKnown = budgetKnown;
        this.activities = activities;
        this.substantive = substantive;
        this.sites = sites;
    }

    /**
     * Activities on this side not known to be tokens, substantive or of unknown size: what the plan puts
     * there, for rules that weigh where effort goes (a supply-heavy plan), not whether it answers a myth.
     */
    public int getNotTokens() {
        return notTokens;
    }

    public String getSide() {
        return side;
    }

    /** Known budget on this side. */
    public double getBudget() {
        return budget;
    }

    /** Share (0..1) of the plan's known budget on this side; 0 when the plan gives no budgets. */
    public double getShare() {
        return share;
    }

    /** True when the plan gives a budget greater than zero for at least one activity. */
    public boolean isBudgetKnown() {
        return budgetKnown;
    }

    public int getActivities() {
        return activities;
    }

    /** Activities on this side that are not tokens. */
    public int getSubstantive() {
        return substantive;
    }

    /** Sites reached by the substantive activities on this side, where the plan says. */
    public int getSites() {
        return sites;
    }

    /** Effort is worked out from the activities, so that is where its evidence points. */
    @Override
    public String getPointer() {
        return "/activities";
    }

    @Override
    public String toString() {
        return "effort " + side + " share " + share + " (" + substantive + "/" + activities + " substantive)";
    }
}
