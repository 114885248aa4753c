package org.scalingadvisor.ruleset;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One rule as the catalogue shows it: identity and citations from its metadata, where it lives,
 * and what it contributes (a base score for advice, points for a priority rule). A sign whose points do not count
 * toward CRITICAL ({@code @critical(false)}) adds to its diagnosis's score but cannot on its own lift it into that band;
 * a diagnosis marked so is a myth that slows spread but never stops it on its own, and stays below CRITICAL. A
 * recommendation counts toward CRITICAL (may reach it) only where the plan fails a test of scalability outright: it
 * cites viability (DVF-3), or its rule says {@code @critical(true)}.
 */
@Serdeable
public record RuleInfo(
        String ruleId,
        String name,
        String kind,
        String file,
        int line,
        List<String> refs,
        List<SourceRef> sources,
        List<String> audiences,
        String title,
        String message,
        String description,
        int base,
        int points,
        String reason,
        String myth,
        boolean core,
        boolean countsTowardCritical) {

    /** True for the kinds that become advice items. */
    public boolean givesAdvice() {
        return Kind.ADVICE_KINDS.contains(kind);
    }
}
