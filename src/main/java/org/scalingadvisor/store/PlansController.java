package org.scalingadvisor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.scalingadvisor.api.ApiException;
import org.scalingadvisor.api.ApiKeys;
import org.scalingadvisor.api.JsonContentType;
import org.scalingadvisor.plan.PlanRejectedException;

import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Plans and their saved versions (CONTRACT §6): create, list, save a version, read one, compare two, delete.
 * Public, with its answer records, because the API description is checked against them.
 */
@Controller("/api/v1/plans")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlansController {

    /** A plan in a list: its latest version and that version's verdict. */
    @Serdeable
    public record PlanSummary(String id, String title, int latestVersion, Instant createdAt, Instant updatedAt, String verdict) {

        static PlanSummary of(StoredPlan plan) {
            return new PlanSummary(plan.id(), plan.title(), plan.latestVersion(), plan.createdAt(), plan.updatedAt(),
                    plan.verdict());
        }

        static PlanSummary of(PlanListing plan) {
            return new PlanSummary(plan.id(), plan.title(), plan.latestVersion(), plan.createdAt(), plan.updatedAt(),
                    plan.verdict());
        }
    }

    /** A page of plans, most recently changed first; {@code next} is the cursor for the page after it (null on the last). */
    @Serdeable
    public record PlanList(List<PlanSummary> plans, @Nullable String next) {
    }

    /** One saved version in a plan's history. */
    @Serdeable
    public record VersionSummary(int version, Instant savedAt, String verdict) {
    }

    /** A plan with its history. */
    @Serdeable
    public record PlanHistory(String id, String title, int latestVersion, Instant createdAt, Instant updatedAt,
                       String verdict, List<VersionSummary> versions) {
    }

    private final PlanStore store;

    PlansController(PlanStore store) {
        this.store = store;
    }

    /** The page size when a list names none, and the largest a list may ask for. */
    static final int PAGE = 50;
    static final int MAX_PAGE = 200;

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<PlanSummary> create(HttpRequest<?> request, @Body byte[] body,
                                     @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType) throws PlanRejectedException {
        JsonContentType.require(contentType);
        StoredPlan plan = store.create(body, ApiKeys.client(request));
        return HttpResponse.<PlanSummary>created(PlanSummary.of(plan), URI.create("/api/v1/plans/" + plan.id()));
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    PlanList list(@Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        if (limit != null && (!limit.matches("[0-9]{1,3}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_PAGE)) {
            throw ApiException.badParameter("limit", "limit must be a whole number from 1 to " + MAX_PAGE);
        }
        PlanCursor after = cursor == null ? null : PlanCursor.decode(cursor).orElseThrow(() ->
                ApiException.badParameter("cursor", "cursor must be the 'next' value of a previous page, unchanged"));
        PlanStore.Page page = store.list(after, limit == null ? PAGE : Integer.parseInt(limit));
        return new PlanList(page.plans().stream().map(PlanSummary::of).toList(), page.next() == null ? null : page.next().encode());
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    PlanHistory plan(String id) {
        StoredPlan plan = store.find(id).orElseThrow(() -> noPlan(id));
        List<VersionSummary> versions = store.versions(id).stream()
                .map(v -> new VersionSummary(v.version(), v.savedAt(), v.verdict())).toList();
        return new PlanHistory(plan.id(), plan.title(), plan.latestVersion(), plan.createdAt(), plan.updatedAt(),
                plan.verdict(), versions);
    }

    @Post(uri = "/{id}/versions", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> addVersion(String id, @Body byte[] body, @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType)
            throws PlanRejectedException {
        JsonContentType.require(contentType);
        PlanStore.Version version = store.addVersion(id, body).orElseThrow(() -> noPlan(id));
        return HttpResponse.<String>status(HttpStatus.CREATED)
                .header("Location", "/api/v1/plans/" + id + "/versions/" + version.version())
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(json(version));
    }

    @Get(uri = "/{id}/versions/{n}", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> version(String id, String n) {
        return HttpResponse.ok(json(find(id, versionNumber("n", n)))).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get(uri = "/{id}/compare", produces = MediaType.APPLICATION_JSON)
    PlanComparison compare(String id, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        int older = versionNumber("from", from);
        int newer = versionNumber("to", to);
        return PlanComparison.of(find(id, older), find(id, newer));
    }

    @Delete(uri = "/{id}")
    HttpResponse<Void> delete(String id) {
        if (!store.delete(id)) {
            throw noPlan(id);
        }
        return HttpResponse.noContent();
    }

    private PlanStore.Version find(String id, int n) {
        store.find(id).orElseThrow(() -> noPlan(id));
        return store.version(id, n).orElseThrow(() -> ApiException.notFound(
                "plan " + id + " has no version " + n + "; GET /api/v1/plans/" + id + " lists its versions"));
    }

    /** A version number given as a path or query parameter: a whole number from 1, or a 400 naming the parameter. */
    private static int versionNumber(String parameter, String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,8}")) {
            throw ApiException.badParameter(parameter, parameter + " must be a version number (1, 2, ...)"
                    + (value == null ? "; it is missing" : ""));
        }
        return Integer.parseInt(value);
    }

    private static ApiException noPlan(String id) {
        return ApiException.notFound("no plan has the id '" + id + "'; GET /api/v1/plans lists them");
    }

    private static String json(PlanStore.Version version) {
        ObjectNode body = PlanAdvice.JSON.createObjectNode();
        body.put("version", version.version());
        body.put("savedAt", version.savedAt().toString());
        body.put("verdict", version.verdict());
        body.set("plan", version.plan());
        body.set("evaluation", version.evaluation());
        try {
            return PlanAdvice.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
