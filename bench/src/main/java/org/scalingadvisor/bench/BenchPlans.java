package org.scalingadvisor.bench;

import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetCompiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Plans for the benchmarks: the sample plans as they are, synthetic plans of a given size, and
 * plans near the 1 MB body cap (valid, and invalid at their very end). {@code main(dir)} writes
 * synthetic-5/50/500.json and at-cap-valid/invalid.json into {@code dir} for the HTTP scripts.
 */
public final class BenchPlans {

    private static final String[] TYPES = {"WEBSITE", "TRAINING", "COMMUNITY_OF_PRACTICE", "CAMPAIGN", "ADOPTER_FUNDING",
            "PILOT", "EVALUATION", "COACHING", "CASE_STUDY", "INNOVATION_FUND"};
    private static final String[] GROUPS = {"CLINICIANS", "MANAGERS", "SERVICE_USERS", "CARERS", "COMMISSIONERS"};

    private BenchPlans() {
    }

    /** The plans bench/dump-evaluations.sh and bench/memory.sh post, written into the given folder. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-plans");
        Files.createDirectories(dir);
        for (int n : new int[] {5, 50, 500}) {
            Files.write(dir.resolve("synthetic-" + n + ".json"), synthetic(n));
        }
        Files.write(dir.resolve("at-cap-valid.json"), atCap(true));
        Files.write(dir.resolve("at-cap-invalid.json"), atCap(false));
    }

    /** A plan by its benchmark name: a file in samples/plans, or synthetic-N for a generated plan of N activities. */
    static byte[] named(String name) throws IOException {
        return name.startsWith("synthetic-") ? synthetic(Integer.parseInt(name.substring("synthetic-".length()))) : sample(name);
    }

    /** The rules folder compiled as the service compiles it (run from the project root). */
    static Ruleset rules() {
        RulesetCompiler.Outcome outcome = new RulesetCompiler().compile(Path.of("rules"));
        if (!outcome.ok()) {
            throw new IllegalStateException("rules did not load: " + outcome.problems());
        }
        return outcome.ruleset();
    }

    static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("samples", "plans", name));
    }

    /** A full plan with the given number of activities (types, audiences and months cycling). */
    static byte[] synthetic(int activities) {
        return synthetic(activities, 0, false);
    }

    /**
     * 500 activities, each with a description long enough that the body is just under 1 MB
     * (micronaut.server.max-request-size); the invalid one ends with an activity type the schema
     * does not know, so it is read whole before it is refused.
     */
    static byte[] atCap(boolean valid) {
        byte[] plan = synthetic(500, 1_950, !valid);
        if (plan.length > 1_048_576 || plan.length < 1_000_000) {
            throw new IllegalStateException("at-cap plan is " + plan.length + " bytes");
        }
        return plan;
    }

    private static byte[] synthetic(int activities, int descriptionLength, boolean badLastType) {
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
            String type = badLastType && i == activities - 1 ? "TELEPATHY" : TYPES[i % TYPES.length];
            json.append("{\"id\":\"a").append(i).append("\",\"type\":\"").append(type)
                    .append("\",\"audiences\":[\"").append(GROUPS[i % GROUPS.length]).append("\"],\"budget\":")
                    .append(1000 + (i * 37) % 5000).append(",\"startMonth\":").append(i % 24);
            if (descriptionLength > 0) {
                json.append(",\"description\":\"");
                for (int c = 0; c < descriptionLength; c++) {
                    json.append((char) ('a' + (i + c) % 26));
                }
                json.append('"');
            }
            json.append('}');
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
