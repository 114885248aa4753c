package org.scalingadvisor.facts;

import java.util.List;

/**
 * One planned activity, with the category and side the rules folder's category table gives its
 * type, and how much it weighs: its share of the plan's known budget, how long it runs, how many
 * sites it reaches, and whether it is substantive or only a token (thresholds.properties).
 */
public final class Activity implements PlanFact {

    /** What the plan says of one activity, plus what the category table and thresholds make of it. */
    public record Data(int index, String id, String type, String category, String side, Double budget,
                       double budgetShare, Integer startMonth, Integer endMonth, Integer sites,
                       List<String> audiences, List<String> audienceSides, boolean token, boolean sizeKnown,
                       boolean ongoing) {
    }

    private final Data d;
    private final boolean innovatorsOnly;

    public Activity(Data data) {
        this.d = data;
        boolean onlyInnovators = !data.audienceSides().isEmpty();
        for (String side : data.audienceSides()) {
            onlyInnovators &= "INNOVATOR".equals(side);
        }
        this.innovatorsOnly = onlyInnovators;
    }

    /** Everything the plan and the category table say of this activity: two activities with equal data are one. */
    public Data data() {
        return d;
    }

    public int getIndex() {
        return d.index();
    }

    public String getId() {
        return d.id();
    }

    public String getType() {
        return d.type();
    }

    public String getCategory() {
        return d.category();
    }

    /** SUPPLY, DEMAND, ADOPTION, INFORMATION or OTHER: which side of spread the activity's effort goes to. */
    public String getSide() {
        return d.side();
    }

    /** The budget, or 0 when the plan gives none (see {@link #isBudgetKnown()}). */
    public double getBudget() {
        return d.budget() == null ? 0 : d.budget();
    }

    public boolean isBudgetKnown() {
        return d.budget() != null;
    }

    /** The budget as a share (0..1) of all the plan's known budgets; -1 when unknown. */
    public double getBudgetShare() {
        return d.budgetShare();
    }

    /** Months from the plan's start, or -1 when the plan does not say (see {@link #isStartKnown()}). */
    public int getStartMonth() {
        return d.startMonth() == null ? -1 : d.startMonth();
    }

    public boolean isStartKnown() {
        return d.startMonth() != null;
    }

    /**
     * The month it ends, or -1 when the plan does not say or the activity runs on with no planned end ({@link #isOngoing()}):
     * month arithmetic reads an ongoing activity as it reads one whose end is not given (its end is no month the plan names).
     */
    public int getEndMonth() {
        return d.endMonth() == null ? -1 : d.endMonth();
    }

    public boolean isEndKnown() {
        return d.endMonth() != null;
    }

    /**
     * True when the plan says the activity runs on with no planned end (a standing network, service or payment). Its
     * length is known (past every month the plan names), so it is sized by its months; it is never over within a month.
     */
    public boolean isOngoing() {
        return d.ongoing();
    }

    /** How many months it runs (start and end month both counted), or -1 when either is unknown or it runs on. */
    public int getDurationMonths() {
        return d.startMonth() == null || d.endMonth() == null ? -1 : d.endMonth() - d.startMonth() + 1;
    }

    /** How many organisations or sites it reaches, or -1 when the plan does not say. */
    public int getSites() {
        return d.sites() == null ? -1 : d.sites();
    }

    public List<String> getAudiences() {
        return d.audiences();
    }

    /** PROFESSIONAL, SYSTEM, USER or INNOVATOR for each audience. */
    public List<String> getAudienceSides() {
        return d.audienceSides();
    }

    /** True when every audience named is INNOVATORS: the activity serves the people who make innovations. */
    public boolean isInnovatorsOnly() {
        return innovatorsOnly;
    }

    /**
     * True when the activity reaches organisations that adopt: its audiences include professionals or the
     * system side, or it names no audience. Training for volunteers alone, or a bootcamp for innovators,
     * is not organisational support for adopters.
     */
    public boolean isForOrganisations() {
        return d.audienceSides().isEmpty() || d.audienceSides().contains("PROFESSIONAL") || d.audienceSides().contains("SYSTEM");
    }

    /** True when the activity's audiences include people who use services, carers, citizens or their networks. */
    public boolean isForUsers() {
        return d.audienceSides().contains("USER");
    }

    /**
     * True when the activity is a token: a sliver of the known budget, or over within a month
     * (thresholds activity.token.budget.share and activity.token.months). A token never answers a myth.
     */
    public boolean isToken() {
        return d.token();
    }

    /**
     * True when the plan shows the activity has the weight to count: it says how long it runs and, where
     * the plan gives budgets at all, how much it has, and neither makes it a token. Unknown is neither
     * token nor substantive: an activity of unknown size clears no myth and earns no strength.
     */
    public boolean isSubstantive() {
        return !d.token() && d.sizeKnown();
    }

    /**
     * True when the plan names the activity and nothing of its size (no months, budget or sites, and not that it runs
     * on) while it sizes other activities: a label, which shows what the plan means to do but not that it does it,
     * so it neither clears nor softens a myth (a route label is a claim like any other).
     */
    public boolean isLabelOnly() {
        return !d.sizeKnown() && d.budget() == null && d.startMonth() == null && d.endMonth() == null && d.sites() == null
                && !d.ongoing();
    }

    /** True when the plan gives what it takes to weigh the activity (its months, and its budget where the plan gives budgets). */
    public boolean isSizeKnown() {
        return d.sizeKnown();
    }

    @Override
    public String getPointer() {
        return "/activities/" + d.index() + "/type";
    }

    @Override
    public String toString() {
        return "activity " + d.index() + " " + d.type() + " (" + d.category() + ", " + d.side() + (d.token() ? ", token" : "") + ")";
    }
}
