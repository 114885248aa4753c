package org.scalingadvisor.facts;

/** A fact taken from the submitted plan, which knows where in the plan it came from. */
public interface PlanFact {

    /** The JSON pointer of the part of the plan this fact states. */
    String getPointer();
}
