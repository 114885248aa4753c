package org.scalingadvisor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
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
import org.scalingadvisor.http.ApiException;
import org.scalingadvisor.http.JsonContentType;
import org.scalingadvisor.http.RequestIds;
import org.scalingadvisor.http.Caller;
import org.scalingadvisor.http.Callers;
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
@ExecuteOn(TaskExecutors.BLOCKING) // the database, the engine and the decision record's commit
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

    /** Who a plan is shared with: {@code person:<sub>} and {@code team:<name>}. */
    @Serdeable
    public record Shares(List<String> shares) {
    }

    /** A share to add: exactly one of a person (their OpenID Connect {@code sub}) or a team (as the team claim names it). */
    @Serdeable
    public record ShareRequest(@Nullable String person, @Nullable String team) {
    }

    /** A plan's audit log, newest first. */
    @Serdeable
    public record AuditLog(List<AuditEvent> events) {
    }

    static final String RECORD_HEADER = "X-Decision-Record";
    private static final int AUDIT_LIMIT = 1000;

    private final PlanStore store;
    private final PlanAdvice advice;
    private final EvaluationRecorder recorder;

    PlansController(PlanStore store, PlanAdvice advice, EvaluationRecorder recorder) {
        this.store = store;
        this.advice = advice;
        this.recorder = recorder;
    }

    /** The page size when a list names none, and the largest a list may ask for. */
    static final int PAGE = 50;
    static final int MAX_PAGE = 200;

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<PlanSummary> create(HttpRequest<?> request, @Body byte[] body,
                                     @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType) throws PlanRejectedException {
        JsonContentType.require(contentType);
        Caller caller = Callers.of(request);
        PlanAdvice.Advised advised = advice.advise(body);
        StoredPlan plan = store.create(advised, caller);
        MutableHttpResponse<PlanSummary> response = HttpResponse.created(PlanSummary.of(plan), URI.create("/api/v1/plans/" + plan.id()));
        return recorded(response, recorder.keep(advised, caller.client(), RequestIds.of(request)));
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    PlanList list(HttpRequest<?> request, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        if (limit != null && (!limit.matches("[0-9]{1,3}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_PAGE)) {
            throw ApiException.badParameter("limit", "limit must be a whole number from 1 to " + MAX_PAGE);
        }
        PlanCursor after = cursor == null ? null : PlanCursor.decode(cursor).orElseThrow(() ->
                ApiException.badParameter("cursor", "cursor must be the 'next' value of a previous page, unchanged"));
        PlanStore.Page page = store.list(after, limit == null ? PAGE : Integer.parseInt(limit), Callers.of(request));
        return new PlanList(page.plans().stream().map(PlanSummary::of).toList(), page.next() == null ? null : page.next().encode());
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    PlanHistory plan(HttpRequest<?> request, String id) {
        Caller caller = Callers.of(request);
        StoredPlan plan = store.find(id, caller).orElseThrow(() -> noPlan(id));
        List<VersionSummary> versions = store.versions(id, caller).stream()
                .map(v -> new VersionSummary(v.version(), v.savedAt(), v.verdict())).toList();
        return new PlanHistory(plan.id(), plan.title(), plan.latestVersion(), plan.createdAt(), plan.updatedAt(),
                plan.verdict(), versions);
    }

    @Post(uri = "/{id}/versions", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> addVersion(HttpRequest<?> request, String id, @Body byte[] body,
                                    @Nullable @Header(HttpHeaders.CONTENT_TYPE) String contentType) throws PlanRejectedException {
        JsonContentType.require(contentType);
        Caller caller = Callers.of(request);
        if (store.find(id, caller).isEmpty()) {
            throw noPlan(id);
        }
        PlanAdvice.Advised advised = advice.advise(body);
        PlanStore.Version version = store.addVersion(id, advised, caller).orElseThrow(() -> noPlan(id));
        MutableHttpResponse<String> response = HttpResponse.<String>status(HttpStatus.CREATED)
                .header("Location", "/api/v1/plans/" + id + "/versions/" + version.version())
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(json(version));
        return recorded(response, recorder.keep(advised, caller.client(), RequestIds.of(request)));
    }

    @Get(uri = "/{id}/versions/{n}", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> version(HttpRequest<?> request, String id, String n) {
        return HttpResponse.ok(json(find(Callers.of(request), id, versionNumber("n", n)))).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Get(uri = "/{id}/compare", produces = MediaType.APPLICATION_JSON)
    PlanComparison compare(HttpRequest<?> request, String id, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        int older = versionNumber("from", from);
        int newer = versionNumber("to", to);
        Caller caller = Callers.of(request);
        return PlanComparison.of(find(caller, id, older), find(caller, id, newer));
    }

    @Delete(uri = "/{id}")
    HttpResponse<Void> delete(HttpRequest<?> request, String id) {
        try {
            if (!store.delete(id, Callers.of(request))) {
                throw noPlan(id);
            }
        } catch (PlanStore.NotOwnerException e) {
            throw ApiException.forbidden(e.getMessage());
        }
        return HttpResponse.noContent();
    }

    /** Shares the plan with a person or a team: they then see it, and may save versions of it. */
    @Post(uri = "/{id}/shares", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    HttpResponse<Shares> share(HttpRequest<?> request, String id, @Body ShareRequest share) {
        String grantee;
        if (share.person() != null && share.team() == null && !share.person().isBlank() && share.person().length() <= 255) {
            grantee = "person:" + share.person();
        } else if (share.team() != null && share.person() == null && !share.team().isBlank() && share.team().length() <= 255) {
            grantee = "team:" + share.team();
        } else {
            throw ApiException.badParameter("person", "give exactly one of person (an OpenID Connect sub) or team, of 1 to 255 characters");
        }
        try {
            if (!store.share(id, grantee, Callers.of(request))) {
                throw noPlan(id);
            }
        } catch (PlanStore.NotOwnerException e) {
            throw ApiException.forbidden(e.getMessage());
        }
        return HttpResponse.created(new Shares(store.shares(id)));
    }

    /** Stops sharing the plan with a person: they no longer see it (unless their team still does). */
    @Delete(uri = "/{id}/shares/{person}")
    HttpResponse<Void> unshare(HttpRequest<?> request, String id, String person) {
        PlanStore.Unshared result;
        try {
            result = store.unshare(id, "person:" + person, Callers.of(request));
        } catch (PlanStore.NotOwnerException e) {
            throw ApiException.forbidden(e.getMessage());
        }
        return switch (result) {
            case REMOVED -> HttpResponse.noContent();
            case NO_SUCH_PLAN -> throw noPlan(id);
            case NO_SUCH_SHARE -> throw ApiException.notFound("plan " + id + " is not shared with that person;"
                    + " GET /api/v1/plans/" + id + "/shares lists who it is shared with");
        };
    }

    @Get(uri = "/{id}/shares", produces = MediaType.APPLICATION_JSON)
    Shares shares(HttpRequest<?> request, String id) {
        store.find(id, Callers.of(request)).orElseThrow(() -> noPlan(id));
        return new Shares(store.shares(id));
    }

    /** Who created, saved, imported, shared and deleted the plan, and when: for those who see it, and auditors. */
    @Get(uri = "/{id}/audit", produces = MediaType.APPLICATION_JSON)
    AuditLog audit(HttpRequest<?> request, String id) {
        return new AuditLog(store.audit(id, Callers.of(request), AUDIT_LIMIT).orElseThrow(() -> noPlan(id)));
    }

    private static <T> MutableHttpResponse<T> recorded(MutableHttpResponse<T> response, EvaluationRecorder.Kept kept) {
        response.header(RECORD_HEADER, kept.status());
        if (kept.location() != null) {
            response.header("Link", "<" + kept.location() + ">; rel=\"decision-record\"");
        }
        return response;
    }

    private PlanStore.Version find(Caller caller, String id, int n) {
        store.find(id, caller).orElseThrow(() -> noPlan(id));
        return store.version(id, n, caller).orElseThrow(() -> ApiException.notFound(
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
