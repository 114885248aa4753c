package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.scalingadvisor.http.Caller;
import org.scalingadvisor.http.Callers;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.store.LimitReachedException;
import org.scalingadvisor.store.PlanCursor;
import org.scalingadvisor.store.PlanStore;
import org.scalingadvisor.store.StoredPlan;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The start page: the planner's plans, and a new plan. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class HomeController {

    /** A plan in the list. */
    record PlanRow(String id, String title, int latestVersion, String updatedAt, String verdict, String verdictText) {
    }

    private final Pages pages;

    HomeController(Pages pages) {
        this.pages = pages;
    }

    /** Plans shown on one page of the list. */
    static final int PAGE = 50;

    @Get
    ModelAndView<Map<String, Object>> home(HttpRequest<?> request, @Nullable @QueryValue String after) {
        PlanCursor cursor = after == null ? null : PlanCursor.decode(after).orElseThrow(() ->
                new HttpStatusException(HttpStatus.BAD_REQUEST, "'after' is not a place in the list of plans; start again from /"));
        return page(Callers.of(request), null, "", cursor);
    }

    @Post(uri = "/plans", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, @Body @Nullable String body) throws Exception {
        Caller caller = Callers.of(request);
        String title = FormBody.parse(body).first("title");
        ObjectNode plan = Pages.JSON.createObjectNode();
        if (title != null && !title.isBlank()) {
            plan.put("title", title.strip());
        }
        try {
            StoredPlan created = pages.store().create(Pages.JSON.writeValueAsBytes(plan), caller);
            return HttpResponse.seeOther(URI.create("/plans/" + created.id()));
        } catch (PlanRejectedException e) {
            String message = pages.problems(e.errors()).get(0).message();
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(page(caller, "Title " + message + ": give the plan a short name (up to 200 characters).", title == null ? "" : title,
                            null));
        } catch (LimitReachedException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(caller, e.getMessage() + ".", title == null ? "" : title, null));
        }
    }

    @Post(uri = "/plans/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, String id) {
        try {
            if (!pages.store().delete(id, Callers.of(request))) {
                throw new HttpStatusException(HttpStatus.NOT_FOUND, "no plan has the id '" + id + "'");
            }
        } catch (PlanStore.NotOwnerException e) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        }
        return HttpResponse.seeOther(URI.create("/"));
    }

    private ModelAndView<Map<String, Object>> page(Caller caller, String titleError, String title, PlanCursor after) {
        PlanStore.Page listed = pages.store().list(after, PAGE, caller);
        List<PlanRow> plans = listed.plans().stream().map(p -> new PlanRow(p.id(), p.title(), p.latestVersion(),
                Pages.when(p.updatedAt()), p.verdict(), AdviceView.verdictText(p.verdict()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("plans", plans);
        model.put("older", listed.next() == null ? null : listed.next().encode());
        model.put("paged", after != null);
        model.put("titleError", titleError);
        model.put("title", title);
        return new ModelAndView<>("index", model);
    }
}
