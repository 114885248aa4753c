package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.scalingadvisor.TestFiles;
import org.scalingadvisor.plan.ActivityType;
import org.scalingadvisor.plan.PlanReader;
import org.scalingadvisor.plan.PlanRejectedException;
import org.scalingadvisor.plan.StakeholderGroup;
import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.Ruleset;
import org.scalingadvisor.ruleset.RulesetCompiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What planners and commissioners rely on in the advice, over every sample and calibration plan and
 * over plans generated from the schema: tokens do not hide myths, more supply never softens Myth 4,
 * more user involvement never hardens Myth 5, answering a question never brings a diagnosis the answer
 * does not support, more diagnoses never soften the verdict, and every report is shaped as promised.
 */
class AdvicePropertiesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> LEVELS = List.of("NONE", "INFORMED", "CONSULTED", "CO_DESIGNING");
    private static final List<String> ROLES = List.of("INFORMED", "CONSULTED", "INVOLVED", "CO_PRODUCING", "LEADING");
    private static final List<String> VERDICTS = List.of("READY", "NEEDS_WORK", "NOT_READY");

    private static Ruleset ruleset;
    private static PlanReader reader;
    private static List<ObjectNode> samples;
    private static PlanGenerator generator;

    @BeforeContainer
    static void load() throws IOException {
        RulesetCompiler.Outcome outcome = new RulesetCompiler().compile(TestFiles.RULES);
        assertTrue(outcome.ok(), () -> "rules did not load: " + outcome.problems());
        ruleset = outcome.ruleset();
        reader = new PlanReader();
        generator = new PlanGenerator();
        samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("samples", "plans"))) {
            for (Path file : files.sorted().toList()) {
                samples.add((ObjectNode) MAPPER.readTree(file.toFile()));
            }
        }
        try (Stream<Path> files = Files.list(Path.of("samples", "calibration"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                samples.add((ObjectNode) MAPPER.readTree(file.toFile()).get("plan"));
            }
        }
    }

    @Provide
    Arbitrary<ObjectNode> plans() {
        Arbitrary<ObjectNode> sample = Arbitraries.of(samples).map(ObjectNode::deepCopy);
        Arbitrary<ObjectNode> generated = Arbitraries.randomValue(generator::plan);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, sample), net.jqwik.api.Tuple.of(1, generated));
    }

    /** One activity that is only a token: no money, over within a month. */
    @Provide
    Arbitrary<ObjectNode> tokens() {
        return Arbitraries.randomValue(random -> {
            ObjectNode token = MAPPER.createObjectNode();
            ActivityType[] types = ActivityType.values();
            token.put("type", types[random.nextInt(types.length)].name());
            ArrayNode audiences = token.putArray("audiences");
            StakeholderGroup[] groups = StakeholderGroup.values();
            for (int i = random.nextInt(3); i > 0; i--) {
                String group = groups[random.nextInt(groups.length)].name();
                if (!audiences.toString().contains('"' + group + '"')) {
                    audiences.add(group);
                }
            }
            int month = random.nextInt(36);
            token.put("startMonth", month).put("endMonth", month).put("budget", 0);
            return token;
        });
    }

    @Property(tries = 250)
    void aTokenActivityNeverRemovesADiagnosedMyth(@ForAll("plans") ObjectNode plan, @ForAll("tokens") ObjectNode token) {
        Evaluation before = evaluate(plan);
        activities(plan).add(token);
        Evaluation after = evaluate(plan);
        assertTrue(after.summary().myths().containsAll(before.summary().myths()),
                () -> "adding the token " + token + " removed a myth: " + before.summary().myths() + " -> " + after.summary().myths());
    }

    @Property(tries = 200)
    void supplySideSpendingNeverLowersMyth4(@ForAll("plans") ObjectNode plan,
                                            @ForAll("supplyTypes") String type, @ForAll("budgets") int budget) {
        int before = score(evaluate(plan), "MYTH-4");
        activities(plan).addObject().put("type", type).put("budget", budget).put("startMonth", 0).put("endMonth", 12);
        int after = score(evaluate(plan), "MYTH-4");
        assertTrue(after >= before, "adding " + budget + " of " + type + " lowered Myth 4's score from " + before + " to " + after);
    }

    @Property(tries = 250)
    void raisingUserInvolvementNeverRaisesMyth5(@ForAll("plans") ObjectNode plan, @ForAll Random random) {
        Evaluation before = evaluate(plan);
        if (!raiseUserInvolvement(plan, random)) {
            return;
        }
        Evaluation after = evaluate(plan);
        assertTrue(score(after, "MYTH-5") <= score(before, "MYTH-5"),
                () -> "more user involvement raised Myth 5 from " + score(before, "MYTH-5") + " to " + score(after, "MYTH-5"));
    }

    @Property(tries = 250)
    void answeringAQuestionNeverAddsADiagnosisTheAnswerDoesNotSupport(@ForAll("plans") ObjectNode plan, @ForAll Random random) {
        Evaluation before = evaluate(plan);
        List<String> asked = before.advice().stream().filter(i -> i.kind().equals(Kind.GAP))
                .flatMap(i -> i.trace().missing().stream()).distinct().toList();
        if (asked.isEmpty()) {
            return;
        }
        String pointer = asked.get(random.nextInt(asked.size()));
        JsonNode answer = generator.valueAt(pointer, random);
        set(plan, pointer, answer);
        Evaluation after = evaluate(plan);
        for (Evaluation.Item item : after.advice()) {
            boolean isNew = item.kind().equals(Kind.DIAGNOSIS) && before.advice().stream().noneMatch(b -> b.ruleId().equals(item.ruleId()));
            if (isNew) {
                boolean supported = item.signs().stream().anyMatch(s -> s.evidence().stream().anyMatch(e -> e.startsWith(pointer)));
                assertTrue(supported, "answering " + pointer + " with " + answer + " brought " + item.ruleId()
                        + " whose signs do not rest on that answer: " + item.signs());
            }
        }
    }

    @Property(tries = 300)
    void anotherDiagnosisNeverGivesAMilderVerdict(@ForAll("items") List<Evaluation.Item> items, @ForAll("bands") String band) {
        String before = Severity.verdict(items, ruleset.thresholds());
        List<Evaluation.Item> more = new ArrayList<>(items);
        more.add(item("myth-9.extra", Kind.DIAGNOSIS, band));
        String after = Severity.verdict(more, ruleset.thresholds());
        assertTrue(VERDICTS.indexOf(after) >= VERDICTS.indexOf(before), "one more diagnosis turned " + before + " into " + after);
    }

    @Property(tries = 200)
    void aPlanThatGainsAMythNeverGetsAMilderVerdict(@ForAll("plans") ObjectNode plan) {
        Evaluation before = evaluate(plan);
        ObjectNode approach = plan.has("approach") ? (ObjectNode) plan.get("approach") : plan.putObject("approach");
        approach.put("spreadPlanningStarts", "AFTER_PILOT");
        Evaluation after = evaluate(plan);
        if (after.summary().myths().containsAll(before.summary().myths())) {
            assertTrue(VERDICTS.indexOf(after.summary().verdict()) >= VERDICTS.indexOf(before.summary().verdict()),
                    () -> "planning spread after the pilot turned " + before.summary().verdict() + " into " + after.summary().verdict());
        }
    }

    @Property(tries = 300)
    void everyReportIsShapedAsPromised(@ForAll("plans") ObjectNode plan) {
        Evaluation evaluation = evaluate(plan);
        Set<String> myths = new TreeSet<>();
        int lowestDiagnosis = Integer.MAX_VALUE;
        int highestGap = Integer.MIN_VALUE;
        for (Evaluation.Item item : evaluation.advice()) {
            if (item.kind().equals(Kind.DIAGNOSIS)) {
                String myth = item.refs().stream().filter(r -> r.startsWith("MYTH-")).findFirst().orElseThrow();
                assertTrue(myths.add(myth), "two DIAGNOSIS items for " + myth);
                assertFalse(item.signs().isEmpty(), item.ruleId() + " lists no signs");
                int signPoints = item.priority().contributions().stream()
                        .filter(c -> item.signs().stream().anyMatch(s -> s.id().equals(c.ruleId()))).mapToInt(Evaluation.Contribution::points).sum();
                if (signPoints < ruleset.thresholds().get("severity.critical.sign.points")) {
                    assertFalse(item.priority().band().equals("CRITICAL"), item.ruleId() + " is CRITICAL on " + signPoints + " sign points");
                }
                lowestDiagnosis = Math.min(lowestDiagnosis, item.priority().score());
            } else {
                assertTrue(item.signs().isEmpty(), item.ruleId() + " is not a diagnosis but lists signs");
            }
            if (item.kind().equals(Kind.GAP)) {
                highestGap = Math.max(highestGap, item.priority().score());
            }
        }
        assertTrue(highestGap < lowestDiagnosis || lowestDiagnosis == Integer.MAX_VALUE,
                "a question (" + highestGap + ") outranks a diagnosis (" + lowestDiagnosis + ")");
        List<String> first = evaluation.summary().firstActions();
        assertEquals(evaluation.summary().verdict().equals("READY"), first.isEmpty(),
                () -> "verdict " + evaluation.summary().verdict() + " with first actions " + first);
        assertTrue(first.size() <= 5, "more than five first actions: " + first);
        for (String id : first) {
            assertTrue(evaluation.advice().stream().anyMatch(i -> i.ruleId().equals(id) && !i.kind().equals(Kind.STRENGTH)),
                    id + " is a first action but not an advice item to act on");
        }
    }

    @Provide
    Arbitrary<String> supplyTypes() {
        return Arbitraries.of("INNOVATION_CALL", "INNOVATION_FUND", "RESEARCH_AND_DEVELOPMENT");
    }

    @Provide
    Arbitrary<Integer> budgets() {
        return Arbitraries.integers().between(10_000, 5_000_000);
    }

    @Provide
    Arbitrary<String> bands() {
        return Arbitraries.of("CRITICAL", "HIGH", "MEDIUM", "LOW");
    }

    @Provide
    Arbitrary<List<Evaluation.Item>> items() {
        Arbitrary<Evaluation.Item> one = Arbitraries.of(Kind.DIAGNOSIS, Kind.RECOMMENDATION, Kind.GAP, Kind.STRENGTH)
                .flatMap(kind -> bands().map(band -> item("x." + kind.toLowerCase() + "." + band.toLowerCase(), kind, band)));
        return one.list().ofMaxSize(12);
    }

    private static Evaluation.Item item(String ruleId, String kind, String band) {
        int score = switch (band) {
            case "CRITICAL" -> 80;
            case "HIGH" -> 60;
            case "MEDIUM" -> 30;
            default -> 10;
        };
        return new Evaluation.Item(1, ruleId, kind, "", "", List.of(), List.of(), new Evaluation.Priority(score, band, List.of()),
                List.of(), List.of(), new Evaluation.Trace("", "", 0, List.of(), List.of(), List.of()));
    }

    private static boolean raiseUserInvolvement(ObjectNode plan, Random random) {
        List<Runnable> raises = new ArrayList<>();
        JsonNode involvement = plan.path("approach").path("userInvolvement");
        int level = LEVELS.indexOf(involvement.asText());
        if (level >= 0 && level < LEVELS.size() - 1) {
            raises.add(() -> ((ObjectNode) plan.get("approach")).put("userInvolvement", LEVELS.get(level + 1 + random.nextInt(LEVELS.size() - level - 1))));
        }
        for (JsonNode s : plan.path("stakeholders")) {
            ObjectNode stakeholder = (ObjectNode) s;
            if (StakeholderGroup.valueOf(stakeholder.get("group").asText()).side().name().equals("USER")) {
                int role = ROLES.indexOf(stakeholder.path("role").asText());
                if (role >= 0 && role < ROLES.size() - 1) {
                    raises.add(() -> stakeholder.put("role", ROLES.get(role + 1 + random.nextInt(ROLES.size() - role - 1))));
                }
                if (stakeholder.path("engagementRoute").isBoolean() && !stakeholder.get("engagementRoute").asBoolean()) {
                    raises.add(() -> stakeholder.put("engagementRoute", true));
                }
            }
        }
        if (raises.isEmpty()) {
            return false;
        }
        raises.get(random.nextInt(raises.size())).run();
        return true;
    }

    private static int score(Evaluation evaluation, String myth) {
        return evaluation.advice().stream().filter(i -> i.kind().equals(Kind.DIAGNOSIS) && i.refs().contains(myth))
                .mapToInt(i -> i.priority().score()).findFirst().orElse(0);
    }

    private static ArrayNode activities(ObjectNode plan) {
        return plan.has("activities") ? (ArrayNode) plan.get("activities") : plan.putArray("activities");
    }

    private static void set(ObjectNode plan, String pointer, JsonNode value) {
        String[] parts = pointer.substring(1).split("/");
        ObjectNode node = plan;
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.has(parts[i]) ? (ObjectNode) node.get(parts[i]) : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    /**
     * A short report (issue 18): at most ten items shown, every first action among them; one recommendation per
     * element of the catalogue (no two cite the same mechanism element or lead with the same factor); and the
     * plan's own words an item names are words the plan itself holds (an activity's description or reference,
     * a group's name, a field it asks about).
     */
    @Property(tries = 250)
    void reportsAreShortWithOneRecommendationPerElementInThePlansOwnWords(@ForAll("plans") ObjectNode plan) {
        Evaluation e = evaluate(plan);
        List<Evaluation.Item> shown = e.advice().stream().filter(i -> !i.folded()).toList();
        assertTrue(shown.size() <= 10, () -> shown.size() + " items shown");
        for (String first : e.summary().firstActions()) {
            assertTrue(shown.stream().anyMatch(i -> i.ruleId().equals(first)), () -> "first action " + first + " is folded");
        }
        java.util.Map<String, String> byElement = new java.util.HashMap<>();
        for (Evaluation.Item item : e.advice()) {
            if (!item.kind().equals("RECOMMENDATION")) {
                continue;
            }
            String primary = item.refs().get(0);
            if (!primary.matches("MYTH-\\d+|MECH-\\d+")) {
                String before = byElement.put(primary, item.ruleId());
                assertTrue(before == null, () -> before + " and " + item.ruleId() + " both lead with " + primary);
            }
        }
        String text = plan.toString();
        for (Evaluation.Item item : e.advice()) {
            for (String words : item.about()) {
                String core = words.endsWith("…") ? words.substring(0, words.length() - 1) : words;
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                // An answer is named "Field › in › words: its value": both must come from the plan.
                int colon = core.indexOf(": ");
                String field = colon > 0 && !text.contains(core) ? core.substring(0, colon) : core;
                String value = colon > 0 && !text.contains(core) ? core.substring(colon + 2) : null;
                boolean fromPlan = text.contains(field) || field.startsWith("activity ")
                        || lower.contains(field.toLowerCase(java.util.Locale.ROOT).replace(" ", "_"))
                        || java.util.Arrays.stream(field.split(" › "))
                                .allMatch(part -> lower.contains("\"" + part.toLowerCase(java.util.Locale.ROOT).replace(" ", "") + "\""));
                boolean valueFromPlan = value == null || value.startsWith("claimed")
                        || value.startsWith("yes") ? value == null || value.startsWith("claimed") || lower.contains("true")
                        : value.equals("no") ? lower.contains("false")
                        : java.util.Arrays.stream(value.split(", ")).allMatch(v -> text.contains(v)
                                || lower.contains("\"" + v.replace(" ", "_").replace("-", "_") + "\""));
                assertTrue(fromPlan && valueFromPlan, () -> item.ruleId() + " names '" + words + "', which the plan does not hold: " + plan);
            }
        }
    }

    /**
     * Every list of pointers in a trace (an item's evidence and missing fields, each sign's evidence)
     * is in document order with no pointer twice: the evaluator sorts all of an evaluation's pointers
     * once and reads each list out of that order, which is only right while the order is a total one.
     */
    @Property(tries = 300)
    void tracePointersAreInDocumentOrderAndDistinct(@ForAll("plans") ObjectNode plan) {
        for (Evaluation.Item item : evaluate(plan).advice()) {
            assertStrictlyAscending(item.ruleId() + " evidence", item.trace().evidence());
            assertStrictlyAscending(item.ruleId() + " missing", item.trace().missing());
            for (Evaluation.Sign sign : item.signs()) {
                assertStrictlyAscending(item.ruleId() + " sign " + sign.id(), sign.evidence());
                assertTrue(item.trace().evidence().containsAll(sign.evidence()), item.ruleId() + ": a sign's evidence is the item's too");
            }
        }
    }

    private static void assertStrictlyAscending(String what, List<String> pointers) {
        for (int i = 1; i < pointers.size(); i++) {
            assertTrue(Pointers.compare(pointers.get(i - 1), pointers.get(i)) < 0, what + " out of order: " + pointers);
        }
    }

    private static Evaluation evaluate(ObjectNode plan) {
        try {
            return new Evaluator().evaluate(reader.read(MAPPER.writeValueAsBytes(plan)), ruleset, null);
        } catch (PlanRejectedException e) {
            throw new AssertionError("the plan is not valid: " + e.errors() + "\n" + plan, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
