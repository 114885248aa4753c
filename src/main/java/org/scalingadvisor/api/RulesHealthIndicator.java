package org.scalingadvisor.api;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.scalingadvisor.ruleset.RulesWatcher;
import org.scalingadvisor.ruleset.LoadReport;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The "rules" part of GET /health: UP while a rule set is served (a failed reload keeps the last
 * good one serving, and says so in lastLoad), with the version served and the last load's outcome.
 * Part of readiness too: a replica is not sent requests before its rules have loaded.
 */
@Singleton
@Readiness
class RulesHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final RulesetHolder rules;
    private final RulesWatcher watcher;

    RulesHealthIndicator(RulesetHolder rules, @Nullable RulesWatcher watcher) {
        this.rules = rules;
        this.watcher = watcher;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        LoadReport last = rules.lastLoad();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", last == null ? null : last.servingVersion());
        // The folder's name only: an absolute path tells an unauthenticated caller about the host.
        details.put("directory", String.valueOf(rules.directory().getFileName()));
        details.put("watch", watcher == null ? "off (advisor.rules.watch=false)" : watcher.status());
        if (last != null) {
            details.put("lastLoad", Map.of(
                    "status", last.status(),
                    "at", last.at().toString(),
                    "attemptedVersion", last.attemptedVersion(),
                    "errors", last.errors().stream().map(e -> Map.of("file", e.file(), "line", e.line(), "message", e.message())).toList()));
        }
        healthStatus = last != null && last.servingVersion() != null ? HealthStatus.UP : HealthStatus.DOWN;
        return details;
    }

    @Override
    protected String getName() {
        return "rules";
    }
}
