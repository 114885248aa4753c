package org.scalingadvisor.api;

import io.micronaut.context.annotation.Context;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * POST /api/v1/admin/reload: reload the rules folder now. Exists only when advisor.admin.token is
 * set (16 characters or more, checked at start-up), and needs it as a bearer token. It takes no
 * rule source: rules come only from the folder. Wrong guesses are slowed: each one puts every
 * later attempt, right or wrong, half a second further back, so guessing runs at two a second
 * however many connections it uses.
 */
@Controller("/api/v1/admin")
@Requires(property = "advisor.admin.token", pattern = ".*\\S.*")
@Context // made at start-up: a short token stops the service there
class AdminController {

    static final int MIN_TOKEN_LENGTH = 16;
    private static final long PENALTY_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

    private final RulesetHolder rules;
    private final byte[] token;
    /** System.nanoTime() before which no attempt is answered. */
    private final AtomicLong quietUntil = new AtomicLong(System.nanoTime());

    AdminController(RulesetHolder rules, @Value("${advisor.admin.token}") String token) {
        if (token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("advisor.admin.token (ADVISOR_ADMIN_TOKEN) must have at least "
                    + MIN_TOKEN_LENGTH + " characters, like the API keys' tokens");
        }
        this.rules = rules;
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
    }

    @Post(uri = "/reload", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(EvaluationController.EVALUATIONS)
    CompletableFuture<LoadReport> reload(@Nullable @Header("Authorization") String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw ApiException.unauthorized("send the admin token as 'Authorization: Bearer <token>'");
        }
        byte[] given = authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        boolean right = MessageDigest.isEqual(given, token);
        long now = System.nanoTime();
        long answerAt = right ? quietUntil.get() : quietUntil.accumulateAndGet(now, (until, at) -> Math.max(until, at) + PENALTY_NANOS);
        long wait = Math.max(0, answerAt - now);
        CompletableFuture<LoadReport> answer = new CompletableFuture<>();
        // Waits without holding a thread; the reload itself runs on the common pool after the wait.
        CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS).execute(() -> {
            if (!right) {
                answer.completeExceptionally(ApiException.forbidden("the admin token is not right"));
                return;
            }
            try {
                answer.complete(rules.reload("admin request"));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }
}
