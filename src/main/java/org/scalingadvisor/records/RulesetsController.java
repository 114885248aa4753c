package org.scalingadvisor.records;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.scalingadvisor.http.ApiException;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.time.Instant;
import java.util.List;

/**
 * GET /api/v1/rulesets: every rule set version this service (or any instance on the same database)
 * has served; GET /api/v1/rulesets/{version}: its files, exactly as compiled.
 */
@Controller("/api/v1/rulesets")
@ExecuteOn("evaluations")
public class RulesetsController {

    /** One archived rule set; {@code serving} is true for the one this instance serves now. */
    @Serdeable
    public record RulesetSummary(String version, String contentHash, Instant firstServedAt, int ruleCount, int fileCount,
                                 boolean serving) {
    }

    @Serdeable
    public record RulesetList(List<RulesetSummary> rulesets) {
    }

    /** One file of a rule set: its path in the rules folder and its text. */
    @Serdeable
    public record RulesetFile(String path, String text) {
    }

    @Serdeable
    public record RulesetFiles(String version, String contentHash, Instant firstServedAt, int ruleCount, boolean serving,
                               List<RulesetFile> files) {
    }

    private final RulesetArchive archive;
    private final RulesetHolder rules;

    RulesetsController(RulesetArchive archive, RulesetHolder rules) {
        this.archive = archive;
        this.rules = rules;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    RulesetList list() {
        String serving = rules.current().sources().contentHash();
        return new RulesetList(archive.list().stream().map(a -> new RulesetSummary(a.version(), a.contentHash(),
                a.firstServedAt(), a.ruleCount(), a.fileCount(), a.contentHash().equals(serving))).toList());
    }

    @Get(uri = "/{version}", produces = MediaType.APPLICATION_JSON)
    RulesetFiles ruleset(@PathVariable String version) {
        if (!version.matches("[0-9a-f]{1,64}")) {
            throw notFound(version);
        }
        RulesetArchive.Archived found = archive.find(version).orElseThrow(() -> notFound(version));
        return new RulesetFiles(found.version(), found.contentHash(), found.firstServedAt(), found.ruleCount(),
                found.contentHash().equals(rules.current().sources().contentHash()),
                found.files().entrySet().stream().map(f -> new RulesetFile(f.getKey(), f.getValue())).toList());
    }

    private static ApiException notFound(String version) {
        return ApiException.notFound("no rule set version '" + version + "' has been served; GET /api/v1/rulesets lists them");
    }
}
