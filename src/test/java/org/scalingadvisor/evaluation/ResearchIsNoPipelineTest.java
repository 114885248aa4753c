package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Fund the adopters, not only the innovators" (IU-2018; ATO-2018, Recommendation 1) answers a programme that pays for
 * new innovations (Albury, Myth 4). Research a programme commissions for its policy makers or providers (what harms
 * people, what they think of a service) is not a pipeline of new innovations, and the item's message ("the programme
 * pays for new innovations") would say what the plan does not. The twenty-fifth sealed review: a national gambling-harm
 * strategy with a statutory research duty was given that item as its first action. Research for innovators, an
 * innovation fund or call, or new innovations sought still draw it.
 */
class ResearchIsNoPipelineTest {

    private static final String PLAN = """
            {"title": "Harm reduction strategy", "planType": "PROGRAMME", "stage": "SCALING", "durationMonths": 36,
             "stakeholders": [{"group": "POLICY_MAKERS", "role": "LEADING"}, {"group": "PROVIDERS", "role": "INVOLVED"}],
             "activities": [
               {"type": "COACHING", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 30},
               {"type": "RESEARCH_AND_DEVELOPMENT", "audiences": [%s], "startMonth": 0, "endMonth": 30}]}""";

    @Test
    void researchForPolicyMakersIsNoPipeline() throws Exception {
        List<String> ids = PlanItems.withMerged(PLAN.formatted("\"POLICY_MAKERS\", \"PROVIDERS\""));
        assertFalse(ids.contains("rec.iu-1.fund-adopters"), ids::toString);
        assertFalse(ids.contains("gap.budget"), ids::toString);
    }

    @Test
    void researchForInnovatorsIs() throws Exception {
        List<String> ids = PlanItems.of(PLAN.formatted("\"INNOVATORS\""));
        assertTrue(ids.contains("rec.iu-1.fund-adopters"), ids::toString);
    }
}
