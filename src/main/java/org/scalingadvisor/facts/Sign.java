package org.scalingadvisor.facts;

/**
 * One sign of a myth the plan shows, concluded by a SIGN rule. A myth is diagnosed when it shows
 * at least one core sign; its DIAGNOSIS item lists every sign, and each sign's weight adds to the
 * diagnosis's score.
 */
public final class Sign {

    private final String id;
    private final String myth;
    private final boolean core;

    public Sign(String id, String myth, boolean core) {
        this.id = id;
        this.myth = myth;
        this.core = core;
    }

    public String getId() {
        return id;
    }

    /** The knowledge id of the myth, e.g. MYTH-3. */
    public String getMyth() {
        return myth;
    }

    /** True when this sign alone is enough to diagnose the myth. */
    public boolean isCore() {
        return core;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sign other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "sign " + id + " of " + myth;
    }
}
