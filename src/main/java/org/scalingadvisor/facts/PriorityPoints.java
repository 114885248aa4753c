package org.scalingadvisor.facts;

/** A priority rule's points given to one advice item; held only while the rule's conditions hold. */
public final class PriorityPoints {

    private final String adviceRuleId;
    private final String priorityRuleId;

    public PriorityPoints(String adviceRuleId, String priorityRuleId) {
        this.adviceRuleId = adviceRuleId;
        this.priorityRuleId = priorityRuleId;
    }

    public String getAdviceRuleId() {
        return adviceRuleId;
    }

    public String getPriorityRuleId() {
        return priorityRuleId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriorityPoints other && other.adviceRuleId.equals(adviceRuleId)
                && other.priorityRuleId.equals(priorityRuleId);
    }

    @Override
    public int hashCode() {
        return adviceRuleId.hashCode() * 31 + priorityRuleId.hashCode();
    }

    @Override
    public String toString() {
        return priorityRuleId + " -> " + adviceRuleId;
    }
}
