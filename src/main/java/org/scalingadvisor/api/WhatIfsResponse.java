package org.scalingadvisor.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scalingadvisor.evaluation.Outcome;
import org.scalingadvisor.evaluation.WhatIfs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The answer of POST /api/v1/what-ifs: the plan's own outcome, how many evaluations ran for how many variants,
 * and for each field with a fixed set of answers (schema order) each answer's outcome and what it changes.
 */
record WhatIfsResponse(Base base, int evaluations, int variants, List<FieldAnswers> fields) {

    /** The plan as it is: its verdict, first actions and advice items (rule ids, rank order). */
    record Base(String verdict, List<String> firstActions, List<String> items) {
    }

    /** One field: whether the plan answers it, and every answer tried (the field left out last, when answered). */
    record FieldAnswers(String field, boolean answered, List<AnswerOutcome> answers) {
    }

    /** The plan with one answer (null: the field left out), and how that differs from the plan as it is. */
    record AnswerOutcome(JsonNode answer, String verdict, List<String> firstActions, boolean changesVerdict,
                         boolean changesFirstActions, List<String> itemsAdded, List<String> itemsRemoved) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    static WhatIfsResponse of(WhatIfs.Result result) {
        Outcome base = result.base();
        List<FieldAnswers> fields = new ArrayList<>(result.fields().size());
        for (WhatIfs.FieldTried field : result.fields()) {
            List<AnswerOutcome> answers = new ArrayList<>(field.answers().size());
            for (WhatIfs.Tried tried : field.answers()) {
                Outcome o = tried.outcome();
                answers.add(new AnswerOutcome(tried.answer(), o.verdict(), o.firstActions(), !o.verdict().equals(base.verdict()),
                        !o.firstActions().equals(base.firstActions()), without(o.items(), base.items()), without(base.items(), o.items())));
            }
            fields.add(new FieldAnswers(field.field(), field.answered(), List.copyOf(answers)));
        }
        return new WhatIfsResponse(new Base(base.verdict(), base.firstActions(), base.items()), result.evaluations(),
                result.variants(), List.copyOf(fields));
    }

    byte[] json() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the what-ifs answer did not serialise", e);
        }
    }

    /** The ids of {@code items} not among {@code others}, in their order. */
    private static List<String> without(List<String> items, List<String> others) {
        Set<String> excluded = new HashSet<>(others);
        return items.stream().filter(id -> !excluded.contains(id)).toList();
    }
}
