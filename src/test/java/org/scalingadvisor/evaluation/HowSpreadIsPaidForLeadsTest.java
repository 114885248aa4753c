package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How spread is paid for is Albury's viability test (a way to pay, DVF-3), not a field left blank: where no problem is
 * HIGH, the question leads the first actions, as "who pays once the money ends" does, ahead of a lesser problem. Seen
 * on Safe Surgeries, whose first action was a MEDIUM "check the team has the skills scaling needs" ahead of the HIGH
 * "say how spread is paid for" (issue 18, the nineteenth tuning review). Other blank fields still follow a problem the
 * advice found (AdviceWeighsWhatIsAtStakeTest).
 */
class HowSpreadIsPaidForLeadsTest {

    private static final String PLAN = """
            {"title": "Safe surgeries for people without papers", "stage": "EARLY_SPREAD", "durationMonths": 24,
             "sector": "HEALTH",
             "innovation": {"name": "Registration without papers", "nature": "INCREMENTAL", "evidence": "BEFORE_AFTER"},
             "resources": {"scalingLead": "INNOVATION_TEAM"},
             "activities": [
               {"type": "ADOPTER_NETWORK", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": 24},
               {"type": "CAMPAIGN", "audiences": ["CITIZENS"], "startMonth": 0, "endMonth": 24}],
             "stakeholders": [{"group": "SERVICE_USERS", "role": "CO_PRODUCING"}, {"group": "PROVIDERS", "role": "INVOLVED"}]}""";

    @Test
    void howSpreadIsPaidForLeadsALesserProblem() throws Exception {
        Evaluation evaluation = PlanItems.evaluation(PLAN);
        List<String> first = evaluation.summary().firstActions();
        assertEquals("gap.funding", first.get(0), first + " " + evaluation.advice().stream()
                .map(i -> i.ruleId() + " " + i.priority().band() + " " + i.priority().score()).toList());
    }
}
