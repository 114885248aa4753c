package org.scalingadvisor.api;

import org.scalingadvisor.http.RequestIds;
import org.scalingadvisor.http.JsonContentType;
import org.scalingadvisor.http.Problem;
import org.scalingadvisor.http.ApiException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.scalingadvisor.http.Callers;
import org.scalingadvisor.ruleset.Policy;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * POST /api/v1/evaluations/batch: many plans in one call, each read and evaluated on its own. The body is a
 * JSON document or NDJSON (one item per line); the answer is JSON in index order, or, with
 * Accept: application/x-ndjson, one result per line as each item finishes.
 */
@Controller("/api/v1")
class BatchController {

    static final String NDJSON = "application/x-ndjson";

    /** The answer to a batch: one result per item, in the order the items were sent. */
    @Serdeable
    record BatchResponse(List<BatchResult> results) {
    }

    private final RulesetHolder rules;
    private final BatchEvaluator evaluator;
    private final JsonMapper json;
    private final BatchItems reader;
    private final long maxBytes;
    private final int maxItems;

    BatchController(RulesetHolder rules, BatchEvaluator evaluator, JsonMapper json,
                    @Value("${advisor.batch.max-items:100}") int maxItems,
                    @Value("${advisor.batch.max-bytes:8MB}") @ReadableBytes long maxBytes) {
        this.rules = rules;
        this.evaluator = evaluator;
        this.json = json;
        this.maxItems = maxItems;
        this.maxBytes = maxBytes;
        this.reader = new BatchItems(maxItems);
    }

    // Reading the body blocks, and the items are evaluated on the evaluations executor meanwhile: so this
    // waits on the blocking (I/O) executor, never on the one its items need.
    @Post(uri = "/evaluations/batch", consumes = {MediaType.APPLICATION_JSON, NDJSON}, produces = {MediaType.APPLICATION_JSON, NDJSON})
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> batch(HttpRequest<?> request, @Body InputStream body,
                          @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType,
                          @Nullable @Header(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                          @Nullable @Header(HttpHeaders.ACCEPT) String accept,
                          @Nullable @QueryValue String policy,
                          @Nullable @Header(EvaluationController.IDEMPOTENCY_KEY) String idempotencyKey) {
        boolean ndjsonIn = JsonContentType.requireJsonOr(contentType, NDJSON);
        if (idempotencyKey != null) {
            // Refused rather than ignored: a retried batch would otherwise record every item twice.
            throw ApiException.badHeader(EvaluationController.IDEMPOTENCY_KEY, "a batch takes no Idempotency-Key:"
                    + " each evaluated item is a record of its own. To retry safely, resend only the items whose result"
                    + " has no location, or send them one by one to POST /api/v1/evaluations with an Idempotency-Key each.");
        }
        Ruleset ruleset = rules.current();
        Policy chosen = PlanEvaluations.policy(ruleset, policy);
        if (contentLength != null && contentLength > maxBytes) {
            throw tooManyBytes();
        }
        byte[] bytes = readAtMost(body);
        List<BatchItems.Item> items = ndjsonIn ? reader.fromNdjson(bytes) : reader.fromJson(bytes);
        String client = Callers.of(request).client();
        String requestId = RequestIds.of(request);
        if (wantsNdjson(accept)) {
            return HttpResponse.ok(evaluator.run(items, ruleset, chosen, client, requestId).map(this::line)).contentType(NDJSON);
        }
        List<BatchResult> results = evaluator.run(items, ruleset, chosen, client, requestId).collectList().block();
        return HttpResponse.ok(new BatchResponse(results.stream().sorted(Comparator.comparingInt(BatchResult::index)).toList()))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private byte[] line(BatchResult result) {
        try {
            byte[] bytes = json.writeValueAsBytes(result);
            byte[] line = Arrays.copyOf(bytes, bytes.length + 1);
            line[bytes.length] = '\n';
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NDJSON only when asked for by name (with a quality above 0): a client that accepts anything gets the JSON document. */
    private static boolean wantsNdjson(@Nullable String accept) {
        if (accept == null) {
            return false;
        }
        for (String part : accept.split(",")) {
            try {
                MediaType type = MediaType.of(part.trim());
                if (type.getName().equalsIgnoreCase(NDJSON)) {
                    return type.getQualityAsNumber().doubleValue() > 0;
                }
            } catch (RuntimeException unreadable) {
                // an Accept entry that is not a media type asks for nothing
            }
        }
        return false;
    }

    private byte[] readAtMost(InputStream body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (body) {
            int n;
            while ((n = body.read(buffer)) > 0) {
                if (out.size() + (long) n > maxBytes) {
                    throw tooManyBytes();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private ApiException tooManyBytes() {
        return ApiException.batchTooLarge("The batch is larger than " + maxBytes / (1024 * 1024) + " MB (advisor.batch.max-bytes);"
                + " split it into smaller batches of at most " + maxItems + " items.", Problem.Error.at("", "at most " + maxBytes + " bytes"));
    }
}
