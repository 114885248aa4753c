package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where people who use services co-produce the innovation and carry it among themselves in peer groups the plan runs,
 * spread grows through their own community (Albury, Mechanism 1 and Myth 5), not by one organisation copying
 * another: naming transfer beside it does not make the plan rely on copying. Seen on patients' self-forming ART groups
 * in Tete, told they relied on copying and advised to form a chain or spin out (issue 18, the eighteenth sealed
 * review). Peer groups the users do not shape, or of unknown size, leave the sign.
 */
class UsersOwnNetworksAreARouteTest {

    private static String plan(String usersRole, String peerGroups) {
        return """
                {"title": "Patient-run medicine collection groups", "stage": "EARLY_SPREAD", "durationMonths": 24,
                 "innovation": {"name": "Community medicine groups", "nature": "RADICAL", "changesPowerRelationships": true,
                                "evidence": "BEFORE_AFTER", "evidenceShows": "BENEFIT"},
                 "approach": {"routes": ["TRANSFER"]},
                 "activities": [%s,
                   {"type": "IMPLEMENTATION_SUPPORT", "audiences": ["SERVICE_USERS", "FRONTLINE_STAFF"], "startMonth": 0, "endMonth": 24, "budget": 80000}],
                 "stakeholders": [{"group": "SERVICE_USERS", "role": "%s"}, {"group": "FRONTLINE_STAFF", "role": "INVOLVED"}]}"""
                .formatted(peerGroups, usersRole);
    }

    private static final String GROUPS =
            "{\"type\": \"PEER_SUPPORT\", \"audiences\": [\"SERVICE_USERS\"], \"startMonth\": 0, \"endMonth\": 24, \"budget\": 30000}";

    @Test
    void peerGroupsUsersShapeAreNotCopying() throws Exception {
        List<String> ids = PlanItems.of(plan("CO_PRODUCING", GROUPS));
        assertFalse(ids.contains("myth-2.diagnosis"), ids.toString());
    }

    @Test
    void peerGroupsUsersOnlyReceiveLeaveTheSign() throws Exception {
        List<String> ids = PlanItems.of(plan("INFORMED", GROUPS));
        assertTrue(ids.contains("myth-2.diagnosis"), ids.toString());
    }
}
