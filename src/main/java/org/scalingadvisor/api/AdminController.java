package org.scalingadvisor.api;

import org.scalingadvisor.http.ApiException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.scalingadvisor.ruleset.LoadReport;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * POST /api/v1/admin/reload: reload the rules folder now. Exists only when advisor.admin.token is
 * set, and needs it as a bearer token. It takes no rule source: rules come only from the folder.
 */
@Controller("/api/v1/admin")
@Requires(property = "advisor.admin.token", pattern = ".*\\S.*")
class AdminController {

    private final RulesetHolder rules;
    private final byte[] token;

    AdminController(RulesetHolder rules, @Value("${advisor.admin.token}") String token) {
        this.rules = rules;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Post(uri = "/reload", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(EvaluationController.EVALUATIONS)
    LoadReport reload(@Nullable @Header("Authorization") String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw ApiException.unauthorized("send the admin token as 'Authorization: Bearer <token>'");
        }
        byte[] given = authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            throw ApiException.forbidden("the admin token is not right");
        }
        return rules.reload("admin request");
    }
}
