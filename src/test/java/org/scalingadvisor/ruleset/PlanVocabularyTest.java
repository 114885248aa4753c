package org.scalingadvisor.ruleset;

import org.junit.jupiter.api.Test;
import org.scalingadvisor.evaluation.PlanFacts;
import org.scalingadvisor.facts.Answer;
import org.scalingadvisor.facts.Missing;
import org.scalingadvisor.plan.PlanReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The field names the gate accepts in quotes are exactly those the facts layer gives rules (Answer, Missing, Claim). */
class PlanVocabularyTest {

    @Test
    void everyFieldAnAnswerOrMissingCanCarryAndNoOther() throws Exception {
        Ruleset ruleset = new RulesetCompiler().compile(Path.of("rules")).ruleset();
        PlanReader reader = new PlanReader();
        Set<String> produced = new TreeSet<>();
        try (Stream<Path> plans = Files.list(Path.of("samples", "plans"))) {
            for (Path plan : plans.filter(p -> p.toString().endsWith(".json")).toList()) {
                collect(reader.read(Files.readAllBytes(plan)), ruleset, produced);
            }
        }
        // Every list, empty, so each gives its count.
        collect(reader.read(("{\"title\": \"t\", \"approach\": {\"routes\": []}, \"activities\": [], \"stakeholders\": []}")
                .getBytes(StandardCharsets.UTF_8)), ruleset, produced);
        // A row's yes/no ticked with nothing to deliver it: the Claim names the row's field.
        collect(reader.read(("{\"title\": \"t\", \"stakeholders\": [{\"group\": \"CARERS\", \"engagementRoute\": true}]}")
                .getBytes(StandardCharsets.UTF_8)), ruleset, produced);
        assertEquals(new TreeSet<>(PlanVocabulary.get().fields()), produced);
    }

    private static void collect(org.scalingadvisor.plan.ScalingPlan plan, Ruleset ruleset, Set<String> into) {
        for (Object fact : PlanFacts.of(plan, ruleset.categories(), ruleset.thresholds())) {
            if (fact instanceof Answer answer) {
                into.add(answer.getField());
            } else if (fact instanceof Missing missing) {
                into.add(missing.getField());
            } else if (fact instanceof org.scalingadvisor.facts.Claim claim) {
                into.add(claim.getField());
            }
        }
    }
}
