package org.scalingadvisor.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scalingadvisor.evaluation.EvaluationJson;
import org.scalingadvisor.evaluation.Evaluator;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.store.PlanComparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a working copy of the rules would change before it goes live: each plan evaluated with the rules
 * served (or any other folder) and with the working copy, compared as a replay compares a record
 * (verdict, items added and removed, scores, bands and ranks, and rewording).
 */
public final class RulesPreview {

    /** One plan's changes; {@code refused} holds why the plan could not be read (then changes is null). */
    public record PlanChanges(PreviewPlan plan, PlanComparison.Changes changes, String refused) {

        public boolean changed() {
            return changes != null && (changes.verdictChanged() || changes.itemsChanged() || changes.textChanged());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlanReader reader;
    private final Evaluator evaluator;

    public RulesPreview(PlanReader reader, Evaluator evaluator) {
        this.reader = reader;
        this.evaluator = evaluator;
    }

    public List<PlanChanges> compare(Ruleset before, Ruleset after, List<PreviewPlan> plans) {
        List<PlanChanges> changes = new ArrayList<>();
        for (PreviewPlan plan : plans) {
            ScalingPlan read;
            try {
                read = reader.read(plan.plan());
            } catch (PlanRejectedException e) {
                changes.add(new PlanChanges(plan, null, e.getMessage()));
                continue;
            }
            JsonNode was = evaluate(read, before, plan.audience());
            JsonNode now = evaluate(read, after, plan.audience());
            changes.add(new PlanChanges(plan, PlanComparison.between(JSON.nullNode(), was, JSON.nullNode(), now), null));
        }
        return changes;
    }

    private JsonNode evaluate(ScalingPlan plan, Ruleset ruleset, String audience) {
        try {
            return JSON.readTree(EvaluationJson.write(evaluator.evaluate(plan, ruleset, audience)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
