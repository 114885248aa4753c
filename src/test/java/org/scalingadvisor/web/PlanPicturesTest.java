package org.scalingadvisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.ruleset.RulesetHolder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two pictures from a plan with a funding cliff: the money by side as the rules count it
 * (work for innovators alone is supply), the timeline's lines for the pilot's and the money's end,
 * and captions that say in words what the pictures show.
 */
@MicronautTest(transactional = false)
class PlanPicturesTest {

    @Inject
    RulesetHolder rules;

    @Inject
    PlanFields fields;

    private final JsonNode plan = read("""
            {"title": "t", "durationMonths": 36, "resources": {"fundingEndsMonth": 12},
             "activities": [
               {"id": "pilot", "type": "PILOT", "budget": 50000, "startMonth": 0, "endMonth": 12},
               {"id": "prize", "type": "AWARD", "audiences": ["INNOVATORS"], "budget": 30000, "startMonth": 0, "endMonth": 6},
               {"id": "coaching", "type": "COACHING", "audiences": ["FRONTLINE_STAFF"], "budget": 20000, "startMonth": 6, "endMonth": 30},
               {"id": "talk", "type": "CONFERENCE"}
             ]}""");

    @Test
    void whereTheMoneyGoes() {
        MoneyPicture money = MoneyPicture.of(plan, rules.current().categories());
        assertEquals("£30,000 (30%)", bar(money, "supply").amount(), "an award for innovators alone is supply");
        assertEquals("£50,000 (50%)", bar(money, "piloting").amount());
        assertEquals("£20,000 (20%)", bar(money, "adoption").amount());
        assertEquals(MoneyPicture.CHART_WIDTH / 2, bar(money, "piloting").width());
        assertTrue(money.summary().startsWith("Of £100,000 in activity budgets: making new innovations (supply) £30,000 (30%)"),
                money.summary());
        assertTrue(money.summary().endsWith("1 activity gives no budget."), money.summary());
        assertNull(MoneyPicture.of(read("{\"title\": \"t\"}"), rules.current().categories()), "nothing to draw, no picture");
    }

    @Test
    void moneyPaidToAdoptingOrganisationsHasItsOwnBarBesideTheHandsOnHelp() {
        // Two reviewers read "helping organisations adopt £0 (0%)" beside £30m paid to the adopting councils: the
        // rules count adopter funding among the enabling conditions, and the picture says which part of that it is.
        JsonNode funded = read("""
                {"title": "t", "activities": [
                   {"type": "ADOPTER_FUNDING", "audiences": ["PROVIDERS"], "budget": 300000, "startMonth": 0, "endMonth": 12},
                   {"type": "CAMPAIGN", "audiences": ["CITIZENS"], "budget": 100000, "startMonth": 0, "endMonth": 12},
                   {"type": "COACHING", "audiences": ["PROVIDERS"], "budget": 100000, "startMonth": 0, "endMonth": 12}]}""");
        MoneyPicture money = MoneyPicture.of(funded, rules.current().categories());
        assertEquals("£300,000 (60%)", bar(money, "adopter-money").amount());
        assertEquals("£100,000 (20%)", bar(money, "demand").amount());
        assertEquals("£100,000 (20%)", bar(money, "adoption").amount());
        assertTrue(money.summary().contains("money paid to adopting organisations £300,000 (60%)"), money.summary());
    }

    @Test
    void grantsToCommunityOrganisationsAreMoneyPaidToAdoptersAndGrantsToCitizensAreNot() {
        // The seventeenth tuning half's reviewer read "money paid to adopting organisations £0" beside £250,000 of
        // grants to community groups that the advice praised as "adopters are funded": the picture counts money as the
        // rules do (strength.adopters-funded: adopter funding or community grants reaching organisations).
        JsonNode grants = read("""
                {"title": "t", "activities": [
                   {"type": "COMMUNITY_GRANTS", "audiences": ["VOLUNTARY_SECTOR", "CITIZENS"], "budget": 250000},
                   {"type": "COMMUNITY_GRANTS", "audiences": ["CITIZENS"], "budget": 50000}]}""");
        MoneyPicture money = MoneyPicture.of(grants, rules.current().categories());
        assertEquals("£250,000 (83%)", bar(money, "adopter-money").amount());
        assertEquals("£50,000 (17%)", bar(money, "demand").amount());
    }

    @Test
    void aTimelineShowsTheFundingCliff() {
        TimelinePicture timeline = TimelinePicture.of(plan, fields);
        assertEquals(3, timeline.lanes().size());
        assertEquals(2, timeline.markers().size());
        TimelinePicture.Marker money = timeline.markers().get(1);
        assertEquals("Money ends, month 12", money.label());
        assertEquals(TimelinePicture.CHART_X + Math.round(TimelinePicture.CHART_WIDTH / 3f), money.x(), "month 12 of 36 is a third of the way");
        assertTrue(timeline.summary().contains("the money for spread ends in month 12"), timeline.summary());
        assertTrue(timeline.summary().contains("1 of them run past the month the money ends"), timeline.summary());
        assertTrue(timeline.summary().endsWith("No months given for: Conference (talk)."), timeline.summary());
    }

    @Test
    void workThatRunsOnReachesThePicturesEdgeAndPastTheMoney() {
        JsonNode standing = read("""
                {"title": "t", "durationMonths": 24, "resources": {"fundingEndsMonth": 12},
                 "activities": [
                   {"id": "launch", "type": "CONFERENCE", "startMonth": 0, "endMonth": 1},
                   {"id": "network", "type": "COMMUNITY_OF_PRACTICE", "startMonth": 6, "ongoing": true}
                 ]}""");
        TimelinePicture timeline = TimelinePicture.of(standing, fields);
        assertEquals(2, timeline.lanes().size(), "an activity with a start that runs on has its months");
        TimelinePicture.Lane network = timeline.lanes().get(1);
        assertTrue(network.ongoing());
        assertEquals(timeline.axisTo(), network.x() + network.width(), "it runs to the edge of the picture");
        assertTrue(timeline.summary().contains("1 runs on with no planned end"), timeline.summary());
        assertTrue(timeline.summary().contains("1 of them run past the month the money ends"), timeline.summary());
    }

    private static MoneyPicture.Bar bar(MoneyPicture money, String side) {
        return money.bars().stream().filter(b -> b.side().equals(side)).findFirst().orElseThrow();
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
