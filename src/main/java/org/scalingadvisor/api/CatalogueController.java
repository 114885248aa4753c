package org.scalingadvisor.api;

import org.scalingadvisor.http.ApiException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.serde.annotation.Serdeable;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.ruleset.KnowledgeCatalogue;
import org.scalingadvisor.ruleset.LoadReport;
import org.scalingadvisor.ruleset.RuleInfo;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.time.Instant;
import java.util.List;

/** Read-only views of what the service knows: the rules, the knowledge catalogue, the plan schema. */
@Controller("/api/v1")
class CatalogueController {

    /** The rule catalogue, with the version served and the outcome of the last load. */
    @Serdeable
    record RuleCatalogue(String version, Instant loadedAt, int ruleCount, LoadReport lastLoad, List<RuleInfo> rules) {
    }

    /** One rule with its DRL source. */
    @Serdeable
    record RuleDetail(String version, RuleInfo rule, String drl) {
    }

    /** The knowledge catalogue. */
    @Serdeable
    record Knowledge(String version, List<KnowledgeCatalogue.Source> sources, List<KnowledgeCatalogue.Item> items) {
    }

    private final RulesetHolder rules;
    private final PlanReader reader;

    CatalogueController(RulesetHolder rules, PlanReader reader) {
        this.rules = rules;
        this.reader = reader;
    }

    @Get(uri = "/rules", produces = MediaType.APPLICATION_JSON)
    RuleCatalogue rules() {
        Ruleset ruleset = rules.current();
        return new RuleCatalogue(ruleset.version(), ruleset.loadedAt(), ruleset.rules().size(), rules.lastLoad(), ruleset.rules());
    }

    @Get(uri = "/rules/{ruleId}", produces = MediaType.APPLICATION_JSON)
    RuleDetail rule(@PathVariable String ruleId) {
        Ruleset ruleset = rules.current();
        RuleInfo rule = ruleset.rule(ruleId)
                .orElseThrow(() -> ApiException.notFound("no rule has the id '" + ruleId + "'; GET /api/v1/rules lists them"));
        return new RuleDetail(ruleset.version(), rule, ruleset.drl(ruleId).orElse(""));
    }

    @Get(uri = "/knowledge", produces = MediaType.APPLICATION_JSON)
    Knowledge knowledge() {
        Ruleset ruleset = rules.current();
        return new Knowledge(ruleset.version(), ruleset.knowledge().sources(), ruleset.knowledge().items());
    }

    @Get(uri = "/plan-schema", produces = "application/schema+json")
    HttpResponse<String> planSchema() {
        return HttpResponse.ok(reader.schemaText()).contentType("application/schema+json");
    }
}
