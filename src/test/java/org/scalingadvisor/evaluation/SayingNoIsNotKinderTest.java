package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saying "no" is never kinder than saying nothing. A plan spreading that tracks progress and says it will not evaluate
 * outcomes drew no advice on evaluation, where the same plan silent on it was asked (the eighteenth sealed set's fresh
 * reviewer: a national roll-out stating evaluationPlanned false got nothing on evaluation).
 */
class SayingNoIsNotKinderTest {

    private static final String PLAN = """
            {"title": "Stroke early supported discharge in every trust", "stage": "SCALING", "durationMonths": 24,
             "innovation": {"name": "Early supported discharge", "nature": "INCREMENTAL", "evidence": "CONTROLLED",
                            "evidenceShows": "BENEFIT"},
             %s
             "activities": [
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "budget": 200000, "startMonth": 0, "endMonth": 24},
               {"type": "PROGRESS_TRACKING", "audiences": ["COMMISSIONERS"], "budget": 10000, "startMonth": 0, "endMonth": 24}]}""";

    private static int learningScore(Evaluation evaluation) {
        return evaluation.advice().stream().filter(i -> i.refs().contains("SCIE-I03") && !i.kind().equals("STRENGTH"))
                .mapToInt(i -> i.priority().score()).max().orElse(0);
    }

    @Test
    void noEvaluationSaidDrawsAtLeastWhatSilenceDraws() throws Exception {
        int silent = learningScore(PlanItems.evaluation(PLAN.formatted("")));
        int no = learningScore(PlanItems.evaluation(PLAN.formatted("\"learning\": {\"evaluationPlanned\": false},")));
        assertTrue(silent > 0, "silence on evaluation is asked about");
        assertTrue(no >= silent, "said no: " + no + ", silent: " + silent);
    }
}
