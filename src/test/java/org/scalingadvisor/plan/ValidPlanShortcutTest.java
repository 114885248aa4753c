package org.scalingadvisor.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.SamplePlans;

/**
 * The shortcut may only say "valid" where the full validator says so: on every sample plan (where it must also
 * answer, or it saves nothing) and on thousands of plans broken one field at a time in every way the schema
 * forbids and a few it allows (1.0 for an integer, numbers beyond a long, characters outside the BMP).
 */
class ValidPlanShortcutTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PlanReader reader = new PlanReader();
    private final JsonNode schemaTree = read(reader.schemaText());
    private final ValidPlanShortcut shortcut = ValidPlanShortcut.of(schemaTree);
    private final JsonSchema full = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, schemas -> schemas.metaSchema(
                    JsonMetaSchema.builder(JsonMetaSchema.getV202012()).keyword(new AnnotationKeyword(PlanReader.ENUM_DESCRIPTIONS)).build()))
            .getSchema(reader.schemaText());

    @Test
    void answersForEveryValidSamplePlan() {
        assertTrue(shortcut.enabled(), "the plan schema uses a keyword the shortcut does not know");
        int valid = 0;
        for (SamplePlans.SamplePlan plan : SamplePlans.all()) {
            boolean accepted = full.validate(plan.json()).isEmpty();
            assertAgrees(plan.json(), plan.name());
            if (accepted) {
                valid++;
                assertTrue(shortcut.certainlyValid(plan.json()), plan.name() + " is valid, and the shortcut left it to the validator");
            }
        }
        assertTrue(valid > 100, "only " + valid + " valid sample plans");
    }

    @Test
    void neverVouchesForABrokenPlan() {
        Random random = new Random(18);
        List<SamplePlans.SamplePlan> plans = SamplePlans.all();
        int vouched = 0;
        int refused = 0;
        for (int i = 0; i < 6000; i++) {
            JsonNode plan = plans.get(random.nextInt(plans.size())).json().deepCopy();
            int changes = 1 + random.nextInt(2);
            for (int c = 0; c < changes; c++) {
                mutate(plan, random);
            }
            boolean accepted = full.validate(plan).isEmpty();
            assertAgrees(plan, plan.toString());
            vouched += shortcut.certainlyValid(plan) ? 1 : 0;
            refused += accepted ? 0 : 1;
        }
        assertTrue(refused > 3000, "only " + refused + " of the broken plans were refused: the mutations are too mild");
        assertTrue(vouched > 300, "the shortcut vouched for only " + vouched + " mutated plans");
    }

    @Test
    void turnsItselfOffForASchemaItDoesNotUnderstand() {
        ObjectNode schema = (ObjectNode) schemaTree.deepCopy();
        ((ObjectNode) schema.at("/properties/title")).putArray("oneOf");
        assertFalse(ValidPlanShortcut.of(schema).enabled());
        ObjectNode numbers = (ObjectNode) schemaTree.deepCopy();
        ((ObjectNode) numbers.at("/properties/durationMonths")).put("exclusiveMaximum", 10);
        assertFalse(ValidPlanShortcut.of(numbers).certainlyValid(read("{\"title\":\"t\"}")));
    }

    private void assertAgrees(JsonNode plan, String name) {
        if (shortcut.certainlyValid(plan) && !full.validate(plan).isEmpty()) {
            fail("the shortcut vouched for a plan the validator refuses (" + full.validate(plan) + "): " + name);
        }
    }

    /** One change somewhere in the plan: a field removed, added or given another value. */
    private static void mutate(JsonNode plan, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(plan, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int what = random.nextInt(10);
            if (names.isEmpty() || what == 0) {
                object.set(random.nextBoolean() ? "extra" : "Title", value(random));
            } else if (what == 1) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                object.set(names.get(random.nextInt(names.size())), value(random));
            }
        } else if (target instanceof ArrayNode array) {
            int what = random.nextInt(3);
            if (array.isEmpty() || what == 0) {
                array.add(value(random));
            } else if (what == 1) {
                array.add(array.get(random.nextInt(array.size())).deepCopy()); // a duplicate
            } else {
                array.set(random.nextInt(array.size()), value(random));
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), into);
            }
        }
    }

    private static JsonNode value(Random random) {
        return switch (random.nextInt(24)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextInt(300) - 20);
            case 3 -> NODES.numberNode(1.0);
            case 4 -> NODES.numberNode(2.5);
            case 5 -> NODES.numberNode(-0.0);
            case 6 -> NODES.numberNode(1e13);
            case 7 -> NODES.numberNode(2147483648L);
            case 8 -> NODES.numberNode(new BigInteger("92233720368547758080"));
            case 9 -> NODES.numberNode(new java.math.BigDecimal("12.50"));
            case 10 -> NODES.textNode("");
            case 11 -> NODES.textNode("x".repeat(random.nextInt(3) == 0 ? 201 : 5));
            case 12 -> NODES.textNode("\uD83D\uDE00".repeat(60 + random.nextInt(50)));
            case 13 -> NODES.textNode("a b/c");
            case 14 -> NODES.textNode("ADULT_SOCIAL_CARE");
            case 15 -> NODES.textNode("health");
            case 16 -> NODES.textNode(List.of("NETWORK", "PILOT", "SERVICE_USERS", "NONE", "HIGH", "COACHING").get(random.nextInt(6)));
            case 17 -> NODES.arrayNode();
            case 18 -> NODES.arrayNode().add("NETWORK").add("NETWORK");
            case 19 -> NODES.arrayNode().add("TRANSFER").add(1);
            case 20 -> NODES.objectNode();
            case 21 -> NODES.objectNode().put("type", "COACHING");
            case 22 -> NODES.objectNode().put("group", "CARERS").put("role", "LEADING");
            default -> NODES.numberNode(random.nextInt(20));
        };
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
