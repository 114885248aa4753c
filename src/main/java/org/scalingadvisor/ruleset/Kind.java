package org.scalingadvisor.ruleset;

import java.util.List;

/** The kinds of rule ({@code @kind}) and what each kind must carry. */
public final class Kind {

    public static final String FINDING = "FINDING";
    public static final String DIAGNOSIS = "DIAGNOSIS";
    public static final String RECOMMENDATION = "RECOMMENDATION";
    public static final String GAP = "GAP";
    public static final String STRENGTH = "STRENGTH";
    public static final String PRIORITY = "PRIORITY";
    public static final String SIGN = "SIGN";

    public static final List<String> ALL = List.of(FINDING, SIGN, DIAGNOSIS, RECOMMENDATION, GAP, STRENGTH, PRIORITY);
    public static final List<String> ADVICE_KINDS = List.of(DIAGNOSIS, RECOMMENDATION, GAP, STRENGTH);
    public static final List<String> AUDIENCES = List.of("INNOVATOR", "ADOPTER", "SYSTEM_LEADER", "COMMISSIONER");

    private Kind() {
    }
}
