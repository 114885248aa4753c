package org.scalingadvisor.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.scalingadvisor.evaluation.WhatIfs;
import org.scalingadvisor.http.JsonContentType;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.ruleset.RulesetHolder;

/**
 * POST /api/v1/what-ifs: the plan evaluated with every allowed answer of every field that has a fixed set of
 * answers (answered or not), each to its verdict, first actions and items. Read as strictly as POST
 * /api/v1/evaluations (the same 400 problem with JSON pointers); nothing is recorded.
 */
@Controller("/api/v1")
class WhatIfsController {

    private final PlanReader reader;
    private final WhatIfs whatIfs;
    private final RulesetHolder rules;

    WhatIfsController(PlanReader reader, WhatIfs whatIfs, RulesetHolder rules) {
        this.reader = reader;
        this.whatIfs = whatIfs;
        this.rules = rules;
    }

    @Post(uri = "/what-ifs", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(EvaluationController.EVALUATIONS)
    HttpResponse<byte[]> whatIfs(@Body byte[] body, @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType)
            throws PlanRejectedException {
        JsonContentType.require(contentType);
        WhatIfs.Result result = whatIfs.all(reader.read(body), rules.current());
        return HttpResponse.ok(WhatIfsResponse.of(result).json()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
