package org.scalingadvisor.facts;

/** Something a classification rule concluded about the plan; its id is that rule's {@code @id}. */
public final class Finding {

    private final String id;

    public Finding(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Finding other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "finding " + id;
    }
}
