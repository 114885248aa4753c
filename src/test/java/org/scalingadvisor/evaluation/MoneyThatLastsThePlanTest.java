package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Months count from 0, as an activity's do: a plan of 28 months runs to month 27, and money that ends at month 27 lasts
 * all of it. Money that lasts every month of the plan is no cliff inside it, even where standing work runs on after
 * (a peer network, a website): who pays after the plan is the question (gap.funding-after), not "the money runs out
 * before the spread work ends". The twenty-fourth sealed review: a fund whose money and work both end at month 27 of
 * 28 was told its money runs out first, and a care model whose grant lasts its 36 months, with a standing network
 * marked ongoing as the schema asks, was CRITICAL and NOT_READY.
 */
class MoneyThatLastsThePlanTest {

    private static final String PLAN = """
            {"title": "Green homes for elders", "stage": "SCALING", "durationMonths": %d,
             "resources": {"fundingModel": "CENTRAL_GRANT", "fundingEndsMonth": %d},
             "activities": [
               {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["PROVIDERS"], "startMonth": 0, "endMonth": %d, "budget": 400000},
               {"type": "ADOPTER_NETWORK", "audiences": ["PROVIDERS"], "startMonth": 0, "budget": 60000 %s}]}""";

    private static List<String> ids(int duration, int fundingEnds, int supportEnds, String network) throws Exception {
        return PlanItems.of(PLAN.formatted(duration, fundingEnds, supportEnds, network));
    }

    @Test
    void moneyEndingInThePlansLastMonthLastsThePlan() throws Exception {
        List<String> ids = ids(28, 27, 27, ", \"endMonth\": 27");
        assertFalse(ids.contains("rec.scie-e08.funding-cliff"), ids::toString);
        assertTrue(ids.contains("gap.funding-after"), ids::toString);
    }

    @Test
    void standingWorkPastAPlanWhoseMoneyLastsItAsksWhoPaysAfter() throws Exception {
        for (int ends : new int[] {35, 36}) {
            List<String> ids = ids(36, ends, ends, ", \"ongoing\": true");
            assertFalse(ids.contains("rec.scie-e08.funding-cliff"), () -> ends + ": " + ids);
            assertTrue(ids.contains("gap.funding-after"), () -> ends + ": " + ids);
        }
    }

    @Test
    void moneyEndingInsideThePlanIsACliff() throws Exception {
        assertTrue(ids(36, 20, 36, ", \"ongoing\": true").contains("rec.scie-e08.funding-cliff"));
        assertTrue(ids(36, 34, 36, ", \"endMonth\": 36").contains("rec.scie-e08.funding-cliff"));
    }
}
