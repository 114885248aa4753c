package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.views.ModelAndView;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.scalingadvisor.http.Caller;
import org.scalingadvisor.http.Callers;
import org.scalingadvisor.store.PlanComparison;
import org.scalingadvisor.store.PlanStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The printable report of a saved version, and the comparison of two versions. */
@Controller("/plans/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class ReportController {

    /** A field that changed between two versions. */
    record FieldChange(String label, String anchor, String from, String to) {
    }

    /** An advice item that is new, resolved or moved, with its title. */
    record ItemChange(String ruleId, String title, String kind, String from, String to) {
    }

    private final Pages pages;

    ReportController(Pages pages) {
        this.pages = pages;
    }

    @Get("/versions/{n}/report")
    ModelAndView<Map<String, Object>> report(HttpRequest<?> request, String id, int n) {
        Caller caller = Callers.of(request);
        PlanStore.Version version = pages.version(id, n, caller);
        Map<String, Object> model = new HashMap<>();
        model.put("plan", pages.plan(id, caller));
        model.put("version", version.version());
        model.put("savedAt", Pages.when(version.savedAt()));
        model.put("advice", pages.view(version.evaluation()));
        model.put("answers", PlanAnswers.grouped(pages.fields(), version.plan()));
        pages.pictures(version.plan(), model);
        return new ModelAndView<>("report", model);
    }

    @Get("/compare")
    ModelAndView<Map<String, Object>> compare(HttpRequest<?> request, String id, @QueryValue int from, @QueryValue int to) {
        Caller caller = Callers.of(request);
        PlanStore.Version before = pages.version(id, from, caller);
        PlanStore.Version after = pages.version(id, to, caller);
        PlanComparison comparison = PlanComparison.of(before, after);
        List<FieldChange> fields = new ArrayList<>();
        for (String pointer : comparison.fieldsChanged()) {
            FieldLocator.Location at = pages.locator().locate(pointer);
            Field field = at == null ? null : pages.fields().byPath(at.name());
            fields.add(new FieldChange(at == null ? pointer : at.label(), at == null ? null : at.anchor(),
                    FieldLocator.display(field, before.plan().at(pointer)), FieldLocator.display(field, after.plan().at(pointer))));
        }
        Map<String, JsonNode> beforeItems = items(before.evaluation());
        Map<String, JsonNode> afterItems = items(after.evaluation());
        List<ItemChange> resolved = comparison.resolved().stream().map(r -> change(beforeItems.get(r), null, null)).toList();
        List<ItemChange> added = comparison.added().stream().map(r -> change(afterItems.get(r), null, null)).toList();
        List<ItemChange> moved = comparison.changed().stream().map(c -> change(afterItems.get(c.ruleId()),
                standing(c.from()), standing(c.to()))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("plan", pages.plan(id, caller));
        model.put("comparison", comparison);
        model.put("fromText", AdviceView.verdictText(comparison.verdict().from()));
        model.put("toText", AdviceView.verdictText(comparison.verdict().to()));
        model.put("fields", fields);
        model.put("resolved", resolved);
        model.put("added", added);
        model.put("moved", moved);
        model.put("versions", pages.versions(id, caller));
        return new ModelAndView<>("compare", model);
    }

    private static String standing(PlanComparison.Standing s) {
        return "#" + s.rank() + ", " + s.band().toLowerCase() + " (" + s.score() + ")";
    }

    private static ItemChange change(JsonNode item, String from, String to) {
        return new ItemChange(item.path("ruleId").asText(), item.path("title").asText(), AdviceView.kindWord(item.path("kind").asText()), from, to);
    }

    private static Map<String, JsonNode> items(JsonNode evaluation) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        evaluation.path("advice").forEach(item -> items.put(item.path("ruleId").asText(), item));
        return items;
    }
}
