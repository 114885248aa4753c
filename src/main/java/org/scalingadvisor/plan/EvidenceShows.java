package org.scalingadvisor.plan;

/** What the strongest evidence found about the innovation's outcomes. */
public enum EvidenceShows {
    BENEFIT,
    MIXED,
    NO_DIFFERENCE,
    HARM
}
