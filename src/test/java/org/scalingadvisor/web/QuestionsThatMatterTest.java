package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.store.PlanAdvice;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Questions that matter first: for each question the plan leaves open, the plan is evaluated with
 * each allowed answer; a question that could move the verdict ranks before one that could only change
 * the first actions, and one that changes neither is folded as optional. Each claim is checked by
 * evaluating the plan with the answer given.
 */
@MicronautTest(transactional = false)
class QuestionsThatMatterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    QuestionsThatMatter questions;

    @Inject
    PlanAdvice advice;

    @Test
    void aQuestionThatMovesTheVerdictComesFirstAndOneThatCannotMatterIsFolded() throws Exception {
        for (String sample : new String[] {"absent-fields.json", "near-empty.json"}) {
            JsonNode plan = JSON.readTree(Files.readString(Path.of("samples", "plans", sample)));
            QuestionsThatMatter.Result result = questions.of(plan);
            assertFalse(result.matter().isEmpty(), sample + ": some open question matters: " + result);
            assertFalse(result.optional().isEmpty(), sample + ": some open question cannot change this plan's advice");
            boolean verdictSeen = false;
            for (QuestionsThatMatter.Question q : result.matter()) {
                JsonNode before = advice.advise(plan).evaluation().path("summary");
                JsonNode after = advice.advise(answered(plan, q.path(), q.answer())).evaluation().path("summary");
                if (q.movesVerdict()) {
                    assertNotEquals(before.path("verdict"), after.path("verdict"), sample + ": " + q);
                } else {
                    verdictSeen = true;
                    assertNotEquals(before.path("firstActions"), after.path("firstActions"), sample + ": " + q);
                }
                assertTrue(!q.movesVerdict() || !verdictSeen, sample + ": verdict movers rank first: " + result.matter());
            }
            for (QuestionsThatMatter.Optional o : result.optional()) {
                assertFalse(result.matter().stream().anyMatch(q -> q.path().equals(o.path())), o.path());
            }
        }
    }

    private static JsonNode answered(JsonNode plan, String path, JsonNode value) {
        ObjectNode copy = plan.deepCopy();
        String[] parts = path.split("\\.");
        ObjectNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
        }
        parent.set(parts[parts.length - 1], value);
        return copy;
    }
}
