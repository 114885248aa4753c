package org.scalingadvisor.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
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
import org.scalingadvisor.store.PlanStore;
import org.scalingadvisor.store.StoredPlan;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The guided editor at /plans/{id}: the form drawn from the plan schema, live advice after each
 * change (the working copy is kept whatever state it is in), rows added and removed, versions
 * saved, plan JSON imported and exported.
 */
@Controller("/plans/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class EditorController {

    private final Pages pages;

    EditorController(Pages pages) {
        this.pages = pages;
    }

    @Get
    ModelAndView<Map<String, Object>> editor(HttpRequest<?> request, String id, @Nullable @QueryValue Integer version) {
        Caller caller = Callers.of(request);
        StoredPlan plan = pages.plan(id, caller);
        JsonNode working;
        String notice = null;
        if (version != null) {
            working = pages.version(id, version, caller).plan();
            notice = "Showing saved draft " + version + ". Your changes start a new working copy; save them as draft "
                    + (plan.latestVersion() + 1) + ".";
        } else if (plan.workingCopy() != null && !readTree(plan.workingCopy()).equals(pages.version(id, plan.latestVersion(), caller).plan())) {
            working = readTree(plan.workingCopy());
            notice = "This is your working copy: changes since draft " + plan.latestVersion() + " are kept but not yet saved as a draft.";
        } else {
            working = pages.version(id, plan.latestVersion(), caller).plan();
        }
        return editorPage(caller, plan, working, notice, null, "");
    }

    @Post(uri = "/advice", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> advice(HttpRequest<?> request, String id, @Body @Nullable String body) {
        Caller caller = Callers.of(request);
        JsonNode plan = FormToPlan.convert(FormBody.parse(body), pages.fields());
        keep(id, plan, caller);
        return new ModelAndView<>("fragments/live", pages.advise(plan));
    }

    @Post(uri = "/form", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> changeRows(HttpRequest<?> request, String id, @Body @Nullable String body, @Nullable @QueryValue String add,
                                                 @Nullable @QueryValue String remove) {
        Caller caller = Callers.of(request);
        ObjectNode plan = FormToPlan.convert(FormBody.parse(body), pages.fields());
        String focus = null;
        if (add != null && pages.fields().byPath(add) != null) {
            JsonNode list = plan.path(add);
            ArrayNode rows = list.isArray() ? (ArrayNode) list : plan.putArray(add);
            rows.addObject();
            ActivityReferences.fill(plan);
            focus = FieldLocator.anchor(add + "[" + (rows.size() - 1) + "]");
        }
        if (remove != null && remove.matches("[A-Za-z]+\\[\\d{1,4}]")) {
            String name = remove.substring(0, remove.indexOf('['));
            int index = Integer.parseInt(remove.substring(remove.indexOf('[') + 1, remove.length() - 1));
            if (plan.path(name).isArray() && index < plan.path(name).size()) {
                ((ArrayNode) plan.get(name)).remove(index);
                focus = neighbour(name, index, plan.get(name).size());
            }
        }
        keep(id, plan, caller);
        Map<String, Object> model = pages.advise(plan);
        model.put("planId", id);
        model.put("groups", EditorForm.build(pages.fields(), plan));
        model.put("focus", focus);
        return new ModelAndView<>("fragments/form-and-advice", model);
    }

    @Post(uri = "/save", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> save(HttpRequest<?> request, String id, @Body @Nullable String body) throws JsonProcessingException {
        Caller caller = Callers.of(request);
        JsonNode plan = FormToPlan.convert(FormBody.parse(body), pages.fields());
        keep(id, plan, caller);
        Map<String, Object> model = new HashMap<>();
        model.put("planId", id);
        model.put("problems", List.of());
        model.put("notice", null);
        try {
            PlanStore.Version saved = pages.store().addVersion(id, Pages.JSON.writeValueAsBytes(Unfinished.withoutEmptyRows(plan)), caller)
                    .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no plan has the id '" + id + "'"));
            model.put("message", "Saved as draft " + saved.version() + ".");
            model.put("notice", "Saved as draft " + saved.version() + ". Changes you make from now on are kept as your working copy until you save again.");
        } catch (LimitReachedException e) {
            model.put("message", "Not saved: " + e.getMessage() + ". Your working copy is kept.");
        } catch (PlanRejectedException e) {
            model.put("message", "Not saved: fix " + (e.errors().size() == 1 ? "this" : "these " + e.errors().size())
                    + " first. Your working copy is kept.");
            model.put("problems", pages.problems(e.errors()));
        }
        model.put("versions", pages.versions(id, caller));
        model.put("plan", pages.plan(id, caller));
        return new ModelAndView<>("fragments/saved", model);
    }

    @Post(uri = "/import", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> importJson(HttpRequest<?> request, String id, @Body @Nullable String body) {
        Caller caller = Callers.of(request);
        StoredPlan plan = pages.plan(id, caller);
        String text = FormBody.parse(body).first("json");
        JsonNode imported;
        try {
            imported = text == null || text.isBlank() ? null : Pages.JSON.readTree(text);
        } catch (JsonProcessingException e) {
            imported = null;
        }
        if (imported == null || !imported.isObject()) {
            JsonNode current = plan.workingCopy() != null ? readTree(plan.workingCopy())
                    : pages.version(id, plan.latestVersion(), caller).plan();
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(editorPage(caller, plan, current, null,
                    "Not imported: the text is not a JSON object (a plan starts with { and ends with }).", text == null ? "" : text));
        }
        if (!pages.store().importWorkingCopy(id, imported, caller)) {
            pages.plan(id, caller);
        }
        return HttpResponse.seeOther(URI.create("/plans/" + id));
    }

    /** The plan as the editor holds it, as a JSON file to download. */
    @Get(uri = "/plan.json", produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> export(HttpRequest<?> request, String id) {
        Caller caller = Callers.of(request);
        StoredPlan plan = pages.plan(id, caller);
        JsonNode json = plan.workingCopy() != null ? readTree(plan.workingCopy()) : pages.version(id, plan.latestVersion(), caller).plan();
        return HttpResponse.ok(Pages.pretty(json)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"plan-" + id + ".json\"");
    }

    private ModelAndView<Map<String, Object>> editorPage(Caller caller, StoredPlan plan, JsonNode working, String notice, String importError,
                                                         String importText) {
        Map<String, Object> model = pages.advise(working);
        model.put("plan", plan);
        model.put("planId", plan.id());
        model.put("groups", EditorForm.build(pages.fields(), working));
        model.put("versions", pages.versions(plan.id(), caller));
        model.put("notice", notice);
        model.put("importError", importError);
        model.put("importText", importText);
        model.put("message", null);
        return new ModelAndView<>("editor", model);
    }

    /** Where focus goes once row {@code index} is removed: the row that took its place, the one before, or the add button. */
    private static String neighbour(String list, int index, int left) {
        if (left == 0) {
            return FieldLocator.anchor(list) + "-add";
        }
        return FieldLocator.anchor(list + "[" + Math.min(index, left - 1) + "]");
    }

    private void keep(String id, JsonNode plan, Caller caller) {
        if (!pages.store().keepWorkingCopy(id, plan, caller)) {
            pages.plan(id, caller);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return Pages.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored working copy does not parse", e);
        }
    }
}
