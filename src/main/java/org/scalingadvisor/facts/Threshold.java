package org.scalingadvisor.facts;

/** A named number from the rules folder's thresholds file, so rules never repeat a threshold. */
public final class Threshold {

    private final String name;
    private final double value;

    public Threshold(String name, double value) {
        this.name = name;
        this.value = value;
    }

    public String getName() {
        return name;
    }

    public double getValue() {
        return value;
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
