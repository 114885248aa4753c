package org.scalingadvisor.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import org.scalingadvisor.ruleset.Policy;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.util.List;

/** GET /api/v1/policies: the policies served with the current rules, for ?policy= on evaluations. */
@Controller("/api/v1")
class PoliciesController {

    /** Every policy loaded, ordered by name, with the rule set version they came with. */
    @Serdeable
    record PolicyList(String version, List<Policy> policies) {
    }

    private final RulesetHolder rules;

    PoliciesController(RulesetHolder rules) {
        this.rules = rules;
    }

    @Get(uri = "/policies", produces = MediaType.APPLICATION_JSON)
    PolicyList policies() {
        var ruleset = rules.current();
        return new PolicyList(ruleset.version(), List.copyOf(ruleset.policies().all()));
    }
}
