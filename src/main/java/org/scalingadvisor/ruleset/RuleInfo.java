package org.scalingadvisor.ruleset;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One rule as the catalogue shows it: identity and citations from its metadata, where it lives,
 * and what it contributes (a base score for advice, points for a priority rule).
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
        boolean core) {

    /** True for the kinds that become advice items. */
    public boolean givesAdvice() {
        return Kind.ADVICE_KINDS.contains(kind);
    }
}
