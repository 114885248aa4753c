package org.scalingadvisor.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import org.scalingadvisor.http.Callers;

import java.util.HashMap;
import java.util.Map;

/** The interview's "which open questions matter": the editor's plan as it stands, tried with every answer. */
@Controller("/plans/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class QuestionsController {

    private final Pages pages;
    private final QuestionsThatMatter questions;

    QuestionsController(Pages pages, QuestionsThatMatter questions) {
        this.pages = pages;
        this.questions = questions;
    }

    @Post(uri = "/questions", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<Map<String, Object>> questions(HttpRequest<?> request, String id, @Body @Nullable String body) {
        pages.plan(id, Callers.of(request));
        var plan = Unfinished.split(FormToPlan.convert(FormBody.parse(body), pages.fields()), pages.fields()).plan();
        Map<String, Object> model = new HashMap<>(); // the views' model decorator adds who is signed in
        model.put("result", questions.of(plan));
        return new ModelAndView<>("fragments/questions", model);
    }
}
