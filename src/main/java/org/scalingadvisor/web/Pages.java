package org.scalingadvisor.web;

import org.scalingadvisor.http.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import org.scalingadvisor.http.Caller;
import org.scalingadvisor.http.Callers;
import org.scalingadvisor.plan.FieldError;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.ruleset.KnowledgeCatalogue;
import org.scalingadvisor.ruleset.RulesetHolder;
import org.scalingadvisor.store.PlanAdvice;
import org.scalingadvisor.store.PlanStore;
import org.scalingadvisor.store.StoredPlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the page controllers share: finding plans, evaluating the editor's plan, and shaping both for templates. */
@Singleton
final class Pages {

    /** A saved version as the pages list it. */
    record VersionRow(int version, String savedAt, String verdict, String verdictText) {
    }

    /** A validation error placed at its field. */
    record Problem(String label, String anchor, String message) {
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final PlanStore store;
    private final PlanAdvice advice;
    private final PlanFields fields;
    private final FieldLocator locator;
    private final RulesetHolder rules;
    private final PlannersWords words;

    Pages(PlanStore store, PlanAdvice advice, PlanFields fields, FieldLocator locator, RulesetHolder rules, PlannersWords words) {
        this.words = words;
        this.store = store;
        this.advice = advice;
        this.fields = fields;
        this.locator = locator;
        this.rules = rules;
    }

    PlanStore store() {
        return store;
    }

    PlanFields fields() {
        return fields;
    }

    FieldLocator locator() {
        return locator;
    }

    StoredPlan plan(String id, Caller caller) {
        return store.find(id, caller).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no plan has the id '" + id + "'"));
    }

    PlanStore.Version version(String id, int n, Caller caller) {
        return store.version(id, n, caller).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND,
                "plan " + id + " has no version " + n));
    }

    List<VersionRow> versions(String id, Caller caller) {
        return store.versions(id, caller).stream().map(v -> new VersionRow(v.version(), when(v.savedAt()), v.verdict(),
                AdviceView.verdictText(v.verdict()))).toList();
    }

    /**
     * The live-advice model for a plan as the editor holds it: the advice (on the rows finished so far,
     * naming those left out), or the problems that stop it.
     */
    Map<String, Object> advise(JsonNode plan) {
        Map<String, Object> model = new HashMap<>();
        Unfinished.Rows finished = Unfinished.split(plan, fields);
        model.put("waiting", finished.waiting());
        try {
            PlanAdvice.Advised advised = advice.advise(finished.plan());
            model.put("advice", view(advised.evaluation()));
            model.put("problems", List.of());
        } catch (PlanRejectedException e) {
            model.put("advice", null);
            model.put("problems", problems(e.errors()));
        }
        model.put("planJson", pretty(plan));
        model.put("answers", PlanAnswers.of(fields, plan));
        pictures(plan, model);
        return model;
    }

    /** The two pictures of a plan (where the money goes, the timeline) for a page's model; null where the plan gives nothing to draw. */
    void pictures(JsonNode plan, Map<String, Object> model) {
        model.put("money", MoneyPicture.of(plan, rules.current().categories()));
        model.put("timeline", TimelinePicture.of(plan, fields));
    }

    AdviceView view(JsonNode evaluation) {
        Map<String, String> documents = new HashMap<>();
        for (KnowledgeCatalogue.Source source : rules.current().knowledge().sources()) {
            documents.put(source.id(), source.document());
        }
        return AdviceView.of(evaluation, locator, documents);
    }

    List<Problem> problems(List<FieldError> errors) {
        List<Problem> out = new ArrayList<>();
        for (FieldError error : errors) {
            FieldLocator.Location at = locator.locate(error.pointer());
            out.add(at == null ? new Problem(error.pointer().isEmpty() ? "The plan" : error.pointer(), null, error.message())
                    : new Problem(at.label(), at.anchor(), words.say(error)));
        }
        return out;
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    static String pretty(JsonNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
