package org.scalingadvisor.facts;

import java.util.List;

/**
 * An advice item a rule gave (DIAGNOSIS, RECOMMENDATION, GAP or STRENGTH), visible to later
 * rules: recommendations answer diagnoses, priority rules add points to advice.
 */
public final class Advice {

    private final String ruleId;
    private final String kind;
    private final List<String> refs;

    public Advice(String ruleId, String kind, List<String> refs) {
        this.ruleId = ruleId;
        this.kind = kind;
        this.refs = List.copyOf(refs);
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getKind() {
        return kind;
    }

    /** The knowledge ids the advice cites, e.g. MYTH-1. */
    public List<String> getRefs() {
        return refs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Advice other && other.ruleId.equals(ruleId);
    }

    @Override
    public int hashCode() {
        return ruleId.hashCode();
    }

    @Override
    public String toString() {
        return kind + " " + ruleId;
    }
}
