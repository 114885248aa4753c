package org.scalingadvisor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plans for the benchmarks: the sample plans as they are, and synthetic plans of a given size. */
final class BenchPlans {

    private static final String[] TYPES = {"WEBSITE", "TRAINING", "COMMUNITY_OF_PRACTICE", "CAMPAIGN", "ADOPTER_FUNDING",
            "PILOT", "EVALUATION", "COACHING", "CASE_STUDY", "INNOVATION_FUND"};
    private static final String[] GROUPS = {"CLINICIANS", "MANAGERS", "SERVICE_USERS", "CARERS", "COMMISSIONERS"};

    private BenchPlans() {
    }

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("samples", "plans", name));
    }

    /** A full plan with the given number of activities (types, audiences and months cycling). */
    static byte[] synthetic(int activities) {
        StringBuilder json = new StringBuilder();
        json.append("{\"title\":\"Synthetic plan with ").append(activities).append(" activities\",")
                .append("\"planType\":\"PROGRAMME\",\"sector\":\"ADULT_SOCIAL_CARE\",\"stage\":\"PILOT\",\"durationMonths\":18,")
                .append("\"innovation\":{\"nature\":\"SYSTEMIC\",\"changesProfessionalRoles\":true,\"evidence\":\"ANECDOTAL\",")
                .append("\"valueForMoneyShown\":false,\"corePrinciplesCodified\":false,\"localAdaptationAllowed\":true},")
                .append("\"approach\":{\"routes\":[\"TRANSFER\"],\"spreadPlanningStarts\":\"AFTER_PILOT\",\"adopterInvolvement\":\"INFORMED\",")
                .append("\"userInvolvement\":\"CONSULTED\",\"diverseAdopters\":false,\"newInnovationsSought\":12},")
                .append("\"activities\":[");
        for (int i = 0; i < activities; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"id\":\"a").append(i).append("\",\"type\":\"").append(TYPES[i % TYPES.length])
                    .append("\",\"audiences\":[\"").append(GROUPS[i % GROUPS.length]).append("\"],\"budget\":")
                    .append(1000 + (i * 37) % 5000).append(",\"startMonth\":").append(i % 24).append('}');
        }
        json.append("],\"stakeholders\":[");
        for (int i = 0; i < GROUPS.length; i++) {
            json.append(i > 0 ? "," : "").append("{\"group\":\"").append(GROUPS[i])
                    .append("\",\"role\":\"").append(i % 2 == 0 ? "INVOLVED" : "CONSULTED")
                    .append("\",\"network\":\"").append(i % 2 == 0 ? "STRONG" : "WEAK")
                    .append("\",\"engagementRoute\":").append(i % 2 == 0).append('}');
        }
        json.append("],\"communities\":{\"practice\":{\"exists\":true,\"facilitated\":false,\"organisations\":2},")
                .append("\"adopters\":{\"exists\":false},\"interest\":{\"exists\":true,\"communicationsPlan\":false},\"recruitmentPathways\":false},")
                .append("\"movement\":{\"caseForChange\":false,\"vision\":false,\"alliances\":false},")
                .append("\"resources\":{\"scalingLead\":\"LONE_CHAMPION\",\"fundingForSpreadSecured\":false,\"staffTurnover\":\"HIGH\"},")
                .append("\"enablers\":{\"leadershipSupport\":\"PASSIVE\",\"adopterIncentives\":false,\"commissioningRoute\":false,")
                .append("\"regulatoryBarriers\":true,\"alignedPriorities\":\"NONE\",\"reliesOnTargetsOrTariffs\":true},")
                .append("\"learning\":{\"iterativeReview\":false,\"scalingFramework\":false},")
                .append("\"context\":{\"riskAversion\":\"HIGH\",\"partnershipReluctance\":\"HIGH\",\"complexityAcknowledged\":false}}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
