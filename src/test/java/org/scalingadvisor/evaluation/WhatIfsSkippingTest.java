package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.plan.FixedAnswerFields;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.ruleset.KnowledgeCatalogue;
import org.scalingadvisor.ruleset.Ruleset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the skipping leaves out follows what the rules read, shown on a small rules folder: a field no rule
 * names is never evaluated; a field compared only with quoted texts is evaluated once for its texts and once
 * for every other value; a field read through {@code number} is evaluated for each of its values.
 */
class WhatIfsSkippingTest {

    @Test
    void skippingFollowsWhatTheRulesRead(@TempDir Path tmp) throws Exception {
        Ruleset rules = LeanOutcomeTest.rules(smallFolder(tmp));
        PlanReader reader = new PlanReader();
        WhatIfs whatIfs = new WhatIfs(new Evaluator(), List.of(), null, 1, WhatIfs.Strategy.SKIPPING);
        ScalingPlan plan = reader.read("{\"title\":\"A plan that says little\"}".getBytes(StandardCharsets.UTF_8));

        WhatIfs.Result unread = whatIfs.of(plan, rules, List.of(field(reader, "context.partnershipReluctance")), false);
        assertEquals(3, unread.variants());
        assertEquals(1, unread.evaluations(), "a field no rule reads: only the plan itself is evaluated");

        WhatIfs.Result literal = whatIfs.of(plan, rules, List.of(field(reader, "sector")), false);
        assertEquals(5, literal.variants());
        assertEquals(3, literal.evaluations(), "the plan, HEALTH, and once for the four values no rule names");
        assertEquals(List.of("test.health"), outcomeOf(literal, "HEALTH").items());

        WhatIfs.Result numbered = whatIfs.of(plan, rules, List.of(field(reader, "innovation.evidence")), false);
        assertEquals(5, numbered.variants());
        assertEquals(6, numbered.evaluations(), "a field read through number: each value is evaluated");
    }

    private static Outcome outcomeOf(WhatIfs.Result result, String answer) {
        return result.fields().get(0).answers().stream().filter(a -> a.answer().asText().equals(answer)).findFirst().orElseThrow().outcome();
    }

    private static FixedAnswerFields.Field field(PlanReader reader, String path) {
        return new FixedAnswerFields(reader).all().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    /** The shipped data files and one rules file: one rule compares sector with a text, one reads innovation.evidence's number. */
    private static Path smallFolder(Path tmp) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("rules"));
        for (String data : List.of("knowledge.md", "activity-categories.md", "thresholds.properties")) {
            Files.copy(Path.of("rules", data), folder.resolve(data));
        }
        // Every catalogue item must be cited by some rule: the first rule cites them all.
        String everyId = LeanOutcomeTest.rules().knowledge().items().stream().map(KnowledgeCatalogue.Item::id)
                .collect(Collectors.joining(", "));
        Files.writeString(folder.resolve("small.drl"), """
                package scalingadvisor;

                import org.scalingadvisor.facts.*;
                import function org.scalingadvisor.facts.Conclude.conclude;

                rule "Health"
                    @id(test.health)
                    @kind(RECOMMENDATION)
                    @refs(%s)
                    @source("ALBURY, Myth 1")
                    @audience(INNOVATOR)
                    @base(30)
                    @title("Health")
                    @message("The plan is for health services. Say more about them.")
                when
                    Answer(field == "sector", value == "HEALTH")
                then
                    conclude(kcontext);
                end

                rule "Evidence as a number"
                    @id(test.evidence-number)
                    @kind(RECOMMENDATION)
                    @refs(MYTH-1)
                    @source("ALBURY, Myth 1")
                    @audience(INNOVATOR)
                    @base(30)
                    @title("Evidence")
                    @message("The evidence is a number. Say more about it.")
                when
                    Answer(field == "innovation.evidence", number > 0)
                then
                    conclude(kcontext);
                end
                """.formatted(everyId));
        return folder;
    }
}
