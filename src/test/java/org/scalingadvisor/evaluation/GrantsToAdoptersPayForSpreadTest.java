package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grants to the community organisations that adopt are money for spread, as money paid to adopting organisations is
 * (the claims table counts both toward "funding for spread secured"). A sparse draft of the seventeenth tuning half
 * with a £250,000 grants pot was told it "lists no money for adopters" while the same report praised those grants; it
 * is asked instead where that money comes from and until when.
 */
class GrantsToAdoptersPayForSpreadTest {

    @Test
    void aGrantsPotForAdoptingGroupsIsNotAskedHowSpreadIsPaidFor() throws Exception {
        List<String> ids = PlanItems.of("""
                {"title": "Peer-support grants from 6 to 30 community groups", "planType": "PROGRAMME", "stage": "SCALING",
                 "durationMonths": 24,
                 "activities": [
                   {"type": "COMMUNITY_GRANTS", "audiences": ["VOLUNTARY_SECTOR", "CITIZENS"], "budget": 250000},
                   {"type": "NEWSLETTER", "audiences": ["VOLUNTARY_SECTOR"]}]}""");
        assertFalse(ids.contains("gap.funding"), ids.toString());
        // What it does not say is where that money comes from, and until when: that is asked.
        assertTrue(ids.contains("gap.funding.source"), ids.toString());
    }
}
