package org.scalingadvisor.facts;

/**
 * How many of the plan's activities give a budget, a budget above nothing, a start month, or a start or end month:
 * one fact per plan, always present (all zero when the plan lists no activities). A rule that asks whether any
 * activity gives a budget reads {@code ActivityCounts(withBudget == 0)} once, where {@code not Activity(budgetKnown)}
 * would put every activity of the plan through the rule's join (the same answer, at a cost per activity per rule).
 * It points at nothing: a rule it lets fire gives the same evidence as with the activity patterns it stands for.
 */
public final class ActivityCounts {

    private final int activities;
    private final int withBudget;
    private final int withBudgetAboveZero;
    private final int withStartMonth;
    private final int withStartOrEndMonth;

    public ActivityCounts(int activities, int withBudget, int withBudgetAboveZero, int withStartMonth, int withStartOrEndMonth) {
        this.activities = activities;
        this.withBudget = withBudget;
        this.withBudgetAboveZero = withBudgetAboveZero;
        this.withStartMonth = withStartMonth;
        this.withStartOrEndMonth = withStartOrEndMonth;
    }

    /** How many activities the plan lists: {@code activities > 0} is {@code exists Activity()}. */
    public int getActivities() {
        return activities;
    }

    /** Activities that give a budget, 0 included: {@code withBudget == 0} is {@code not Activity(budgetKnown)}. */
    public int getWithBudget() {
        return withBudget;
    }

    /** Activities with a budget above 0: {@code withBudgetAboveZero == 0} is {@code not Activity(budgetKnown, budget > 0)}. */
    public int getWithBudgetAboveZero() {
        return withBudgetAboveZero;
    }

    /** Activities that give a start month: {@code withStartMonth == 0} is {@code not Activity(startKnown)}. */
    public int getWithStartMonth() {
        return withStartMonth;
    }

    /** Activities that give a start or an end month: {@code withStartOrEndMonth == 0} is {@code not Activity(startKnown || endKnown)}. */
    public int getWithStartOrEndMonth() {
        return withStartOrEndMonth;
    }

    /** Every count, as a value: two plans with equal counts are the same to the rules. */
    public java.util.List<Integer> values() {
        return java.util.List.of(activities, withBudget, withBudgetAboveZero, withStartMonth, withStartOrEndMonth);
    }

    @Override
    public String toString() {
        return "activity counts " + values();
    }
}
