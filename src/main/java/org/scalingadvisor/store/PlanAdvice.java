package org.scalingadvisor.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.RulesetHolder;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads a plan strictly and evaluates it with the rules served now, giving the evaluation as the
 * JSON the API returns (so a stored evaluation and a page show exactly what a client would get,
 * including fields added to the evaluation later).
 */
@Singleton
public class PlanAdvice {

    /**
     * A valid plan, as normalised JSON, and its evaluation as JSON; with the plan's bytes, the
     * evaluation and its JSON bytes, for a decision record.
     */
    public record Advised(JsonNode plan, JsonNode evaluation, byte[] planBytes, Evaluation result, byte[] answer) {

        public String verdict() {
            return evaluation.at("/summary/verdict").asText();
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final PlanReader reader;
    private final Evaluator evaluator;
    private final RulesetHolder rules;
    private final JsonMapper apiMapper;

    PlanAdvice(PlanReader reader, Evaluator evaluator, RulesetHolder rules, JsonMapper apiMapper) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.rules = rules;
        this.apiMapper = apiMapper;
    }

    /** Checks and evaluates a plan body; throws with every fault (JSON pointers) when it is not a valid plan. */
    public Advised advise(byte[] body) throws PlanRejectedException {
        ScalingPlan plan = reader.read(body);
        Evaluation evaluation = evaluator.evaluate(plan, rules.current(), null);
        try {
            byte[] answer = apiMapper.writeValueAsBytes(evaluation);
            return new Advised(JSON.readTree(body), JSON.readTree(answer), body, evaluation, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same for a plan held as a JSON tree (the editor's form). */
    public Advised advise(JsonNode plan) throws PlanRejectedException {
        try {
            return advise(JSON.writeValueAsBytes(plan));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
