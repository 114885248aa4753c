package org.scalingadvisor.api;

import org.scalingadvisor.http.ProblemResponseProcessor;
import org.scalingadvisor.http.ProblemTypesController;
import org.scalingadvisor.http.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scalingadvisor.evaluation.Evaluation;
import org.scalingadvisor.evaluation.PolicyCheck;
import org.scalingadvisor.ruleset.Policy;
import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.KnowledgeCatalogue;
import org.scalingadvisor.records.RecordsController;
import org.scalingadvisor.records.RulesetsController;
import org.scalingadvisor.ruleset.LoadImpact;
import org.scalingadvisor.ruleset.LoadReport;
import org.scalingadvisor.ruleset.RuleInfo;
import org.scalingadvisor.ruleset.RuleProblem;
import org.scalingadvisor.ruleset.SourceRef;
import org.scalingadvisor.store.PlanComparison;
import org.scalingadvisor.store.PlanStore;
import org.scalingadvisor.store.PlansController;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document says exactly what the service does: the plan it describes is the plan schema, its answers
 * follow the Java records, real answers (evaluations of every sample plan and every kind of problem) conform to it,
 * and every status the service answers with and every route it serves is in it.
 */
@MicronautTest
@Property(name = "advisor.admin.token", value = OpenApiContractTest.TOKEN)
@Property(name = "advisor.http.body-timeout-ms", value = "1000")
class OpenApiContractTest {

    static final String TOKEN = "contract-test-token";
    private static final String EVALUATIONS = "/api/v1/evaluations";

    /** The component each answer record is described by. */
    private static final Map<String, Class<? extends Record>> RECORDS = new LinkedHashMap<>();

    static {
        RECORDS.put("Evaluation", Evaluation.class);
        RECORDS.put("EvaluatedPlan", Evaluation.PlanRef.class);
        RECORDS.put("RulesetRef", Evaluation.RulesetRef.class);
        RECORDS.put("Summary", Evaluation.Summary.class);
        RECORDS.put("Action", Evaluation.Action.class);
        RECORDS.put("BandCounts", Evaluation.Counts.class);
        RECORDS.put("AdviceItem", Evaluation.Item.class);
        RECORDS.put("Sign", Evaluation.Sign.class);
        RECORDS.put("Priority", Evaluation.Priority.class);
        RECORDS.put("Contribution", Evaluation.Contribution.class);
        RECORDS.put("Trace", Evaluation.Trace.class);
        RECORDS.put("SourceRef", SourceRef.class);
        RECORDS.put("Problem", Problem.class);
        RECORDS.put("ProblemError", Problem.Error.class);
        RECORDS.put("RuleCatalogue", CatalogueController.RuleCatalogue.class);
        RECORDS.put("RuleDetail", CatalogueController.RuleDetail.class);
        RECORDS.put("RuleInfo", RuleInfo.class);
        RECORDS.put("LoadReport", LoadReport.class);
        RECORDS.put("RuleProblem", RuleProblem.class);
        RECORDS.put("Knowledge", CatalogueController.Knowledge.class);
        RECORDS.put("KnowledgeSource", KnowledgeCatalogue.Source.class);
        RECORDS.put("KnowledgeItem", KnowledgeCatalogue.Item.class);
        RECORDS.put("PlanSummary", PlansController.PlanSummary.class);
        RECORDS.put("PlanList", PlansController.PlanList.class);
        RECORDS.put("PlanHistory", PlansController.PlanHistory.class);
        RECORDS.put("VersionSummary", PlansController.VersionSummary.class);
        RECORDS.put("Shares", PlansController.Shares.class);
        RECORDS.put("AuditLog", PlansController.AuditLog.class);
        RECORDS.put("AuditEvent", org.scalingadvisor.store.AuditEvent.class);
        // The version answer is written field by field from this record (plan and evaluation as the JSON kept).
        RECORDS.put("PlanVersion", PlanStore.Version.class);
        RECORDS.put("PlanComparison", PlanComparison.class);
        RECORDS.put("VerdictChange", PlanComparison.VerdictChange.class);
        RECORDS.put("ItemChange", PlanComparison.Change.class);
        RECORDS.put("Standing", PlanComparison.Standing.class);
        RECORDS.put("PolicyOutcome", PolicyCheck.Outcome.class);
        RECORDS.put("PolicyReason", PolicyCheck.Reason.class);
        RECORDS.put("PolicyList", PoliciesController.PolicyList.class);
        RECORDS.put("Policy", Policy.class);
        RECORDS.put("PolicyCriteria", Policy.Criteria.class);
        RECORDS.put("BatchResponse", BatchController.BatchResponse.class);
        RECORDS.put("BatchResult", BatchResult.class);
        RECORDS.put("LoadImpact", LoadImpact.class);
        RECORDS.put("RecordList", RecordsController.RecordList.class);
        RECORDS.put("RecordSummary", RecordsController.RecordSummary.class);
        RECORDS.put("EvaluationChanges", PlanComparison.Changes.class);
        RECORDS.put("Rewording", PlanComparison.Rewording.class);
        RECORDS.put("RulesetList", RulesetsController.RulesetList.class);
        RECORDS.put("RulesetSummary", RulesetsController.RulesetSummary.class);
        RECORDS.put("RulesetFiles", RulesetsController.RulesetFiles.class);
        RECORDS.put("RulesetFile", RulesetsController.RulesetFile.class);
        RECORDS.put("WhatIfs", WhatIfsResponse.class);
        RECORDS.put("WhatIfOutcome", WhatIfsResponse.Base.class);
        RECORDS.put("WhatIfField", WhatIfsResponse.FieldAnswers.class);
        RECORDS.put("WhatIfAnswer", WhatIfsResponse.AnswerOutcome.class);
    }

    private static final List<String> VERDICTS = List.of("READY", "NEEDS_WORK", "NOT_READY"); // CONTRACT §2

    /** Record components held as JSON trees, and the component that describes what they hold. */
    private static final Map<String, String> JSON_TREES = Map.of(
            "PlanVersion.plan", "ScalingPlan",
            "PlanVersion.evaluation", "Evaluation",
            "WhatIfAnswer.answer", "PlanAnswer");

    /** Record components held as strings that take only these values. */
    private static final Map<String, List<String>> ENUMS = Map.ofEntries(
            Map.entry("Summary.verdict", VERDICTS),
            Map.entry("AdviceItem.kind", Kind.ADVICE_KINDS),
            Map.entry("AdviceItem.audiences", Kind.AUDIENCES),
            Map.entry("Priority.band", bands()),
            Map.entry("RuleInfo.kind", Kind.ALL),
            Map.entry("RuleInfo.audiences", Kind.AUDIENCES),
            Map.entry("LoadReport.status", List.of("OK", "FAILED")),
            Map.entry("PlanSummary.verdict", VERDICTS),
            Map.entry("PlanHistory.verdict", VERDICTS),
            Map.entry("VersionSummary.verdict", VERDICTS),
            Map.entry("PlanVersion.verdict", VERDICTS),
            Map.entry("VerdictChange.from", VERDICTS),
            Map.entry("VerdictChange.to", VERDICTS),
            Map.entry("Standing.band", bands()),
            Map.entry("PolicyOutcome.outcome", List.of("PASS", "FAIL")),
            Map.entry("PolicyCriteria.verdicts", VERDICTS),
            Map.entry("LoadImpact.status", List.of("NOT_MEASURED", "RUNNING", "DONE", "FAILED")),
            Map.entry("RecordSummary.verdict", VERDICTS),
            Map.entry("RecordSummary.policyOutcome", List.of("PASS", "FAIL")),
            Map.entry("WhatIfOutcome.verdict", VERDICTS),
            Map.entry("WhatIfAnswer.verdict", VERDICTS));

    private static List<String> bands() {
        return Arrays.stream(Evaluation.Counts.class.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** Record components that may be null (present, with the value null). */
    private static final Set<String> NULLABLE = Set.of("RuleInfo.myth", "LoadReport.attemptedVersion", "LoadReport.servingVersion",
            "LoadImpact.fromVersion", "LoadImpact.toVersion", "LoadImpact.message", "RecordSummary.reference", "RecordList.next",
            "RecordSummary.policy", "RecordSummary.policyOutcome",
            "PlanList.next", "AuditEvent.version", "AuditEvent.detail", "AuditEvent.requestId");

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    private ServedOpenApi doc;

    private Http http() {
        return new Http(server.getURI());
    }

    @BeforeEach
    void fetch() {
        doc = ServedOpenApi.fetch(http());
    }

    // (a) agreement with the plan schema and the records

    @Test
    void thePlanTheDocumentDescribesIsThePlanSchema() throws IOException {
        JsonNode planSchema = Http.MAPPER.readTree(Path.of("src/main/resources/plan-schema.json").toFile());
        ObjectNode expected = (ObjectNode) ServedOpenApi.dereference(planSchema, planSchema);
        expected.remove(List.of("$schema", "$id", "$defs"));
        String body = ServedOpenApi.operation(EVALUATIONS, "post") + "/requestBody/content/application~1json/schema";
        JsonNode described = ServedOpenApi.dereference(doc.root, doc.at(body));
        assertEquals(planSchema.get("required"), described.get("required"), "only title is required: absent means the plan does not say");
        assertEquals(planSchema.get("additionalProperties"), described.get("additionalProperties"));
        assertEquals(expected, described, "the request body's schema is the plan schema, every constraint and enum included");
        assertTrue(doc.at(ServedOpenApi.operation(EVALUATIONS, "post") + "/requestBody/required").asBoolean());
    }

    @Test
    void answerSchemasFollowTheRecords() {
        for (Map.Entry<String, Class<? extends Record>> entry : RECORDS.entrySet()) {
            String name = entry.getKey();
            JsonNode schema = doc.at("/components/schemas/" + name);
            assertFalse(schema.isMissingNode(), "no component " + name + " for " + entry.getValue().getName());
            assertEquals("object", schema.path("type").asText(), name);
            RecordComponent[] components = entry.getValue().getRecordComponents();
            List<String> fields = Arrays.stream(components).map(RecordComponent::getName).toList();
            assertEquals(fields, fieldNames(schema.get("properties")), name + " has the record's fields, in order");
            boolean omitsNulls = entry.getValue().isAnnotationPresent(JsonInclude.class)
                    && entry.getValue().getAnnotation(JsonInclude.class).value() == JsonInclude.Include.NON_NULL;
            Set<String> required = new TreeSet<>();
            for (RecordComponent component : components) {
                // Serde's view of the record (the annotation is not kept for reflection).
                JsonInclude own = component.getAccessor().getAnnotation(JsonInclude.class);
                boolean omitsItsNulls = own != null ? own.value() == JsonInclude.Include.NON_NULL : omitsNulls;
                boolean omitted = omitsItsNulls && BeanIntrospection.getIntrospection(entry.getValue())
                        .getRequiredProperty(component.getName(), Object.class).isNullable();
                if (!omitted) {
                    required.add(component.getName());
                }
            }
            assertEquals(required, new TreeSet<>(strings(schema.path("required"))), name + ": required fields");
            for (RecordComponent component : components) {
                String where = name + "." + component.getName();
                checkType(where, component.getGenericType(), doc.at("/components/schemas/" + name + "/properties/" + component.getName()));
            }
        }
        JsonNode audience = doc.at(ServedOpenApi.operation(EVALUATIONS, "post") + "/parameters/0");
        assertEquals("audience", audience.get("name").asText());
        assertEquals(Kind.AUDIENCES, strings(ServedOpenApi.dereference(doc.root, audience.get("schema")).get("enum")));
    }

    private void checkType(String where, Type type, JsonNode property) {
        JsonNode schema = ServedOpenApi.dereference(doc.root, property);
        boolean nullable = NULLABLE.contains(where);
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            assertEquals("array", schema.path("type").asText(), where);
            checkType(where, list.getActualTypeArguments()[0], property.get("items"));
            return;
        }
        if (type instanceof ParameterizedType map && map.getRawType() == Map.class) {
            assertEquals("object", schema.path("type").asText(), where);
            assertEquals(String.class, map.getActualTypeArguments()[0], where + ": keys are text");
            assertEquals(Integer.class, map.getActualTypeArguments()[1], where + ": the test knows maps of numbers only");
            assertEquals("integer", schema.path("additionalProperties").path("type").asText(), where);
            return;
        }
        if (type == JsonNode.class) {
            assertTrue(JSON_TREES.containsKey(where), where + " is a JSON tree the test does not know");
            assertEquals("#/components/schemas/" + JSON_TREES.get(where), property.path("$ref").asText(), where);
            return;
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            String ref = property.path("$ref").asText();
            String component = ref.substring(ref.lastIndexOf('/') + 1);
            assertEquals(c, RECORDS.get(component), where + " refers to " + ref);
            return;
        }
        String expected = type == String.class || type == Instant.class ? "string"
                : type == int.class || type == long.class || type == Integer.class ? "integer"
                : type == boolean.class ? "boolean" : "unknown " + type;
        JsonNode declared = schema.get("type");
        assertEquals(expected, declared == null ? null : declared.asText(), where);
        assertEquals(nullable, schema.path("nullable").asBoolean(false), where + (nullable ? " may be null" : " is never null"));
        if (type == Instant.class) {
            assertEquals("date-time", schema.path("format").asText(), where);
        }
        if (type == int.class || type == Integer.class) {
            assertEquals("int32", schema.path("format").asText(), where);
        }
        if (type == long.class) {
            assertEquals("int64", schema.path("format").asText(), where);
        }
        List<String> values = ENUMS.get(where);
        if (values != null) {
            assertEquals(values, strings(schema.get("enum")), where + " lists its values");
        } else {
            assertFalse(schema.has("enum"), where + " is not an enum in the records");
        }
    }

    // (b) real answers conform

    @Test
    void everySamplePlanConformsAndItsEvaluationConforms() throws IOException {
        String planSchema = doc.follow(ServedOpenApi.operation(EVALUATIONS, "post") + "/requestBody/content/application~1json/schema");
        String answerSchema = doc.responseSchema(EVALUATIONS, "post", 200, "application/json");
        try (var plans = Files.list(Path.of("samples", "plans"))) {
            for (Path plan : plans.sorted().toList()) {
                String body = Files.readString(plan);
                doc.assertConforms(planSchema, body, plan.toString());
                for (String query : List.of("", "?audience=COMMISSIONER")) {
                    Http.Answer answer = http().postJson(EVALUATIONS + query, body.getBytes(StandardCharsets.UTF_8));
                    assertEquals(200, answer.status(), plan + ": " + answer.body());
                    assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
                    doc.assertConforms(answerSchema, answer.body(), "the evaluation of " + plan);
                }
            }
        }
    }

    @Test
    void whatIfsAnswersConform() throws IOException {
        String whatIfs = "/api/v1/what-ifs";
        assertEquals(doc.at(ServedOpenApi.operation(EVALUATIONS, "post") + "/requestBody/content/application~1json/schema"),
                doc.at(ServedOpenApi.operation(whatIfs, "post") + "/requestBody/content/application~1json/schema"), "the same plan");
        for (String sample : List.of("research-aligned.json", "absent-fields.json")) {
            byte[] plan = Files.readAllBytes(Path.of("samples", "plans", sample));
            Http.Answer answer = http().postJson(whatIfs, plan);
            assertEquals(200, answer.status(), answer.body());
            doc.assertConforms(doc.responseSchema(whatIfs, "post", 200, answer.contentType()), answer.body(), "the what-ifs of " + sample);
        }
        Http.Answer invalid = http().postJson(whatIfs, "{\"title\":\"x\",\"sector\":\"HOSPITAL\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, invalid.status(), invalid.body());
        doc.assertConforms(doc.responseSchema(whatIfs, "post", 400, invalid.contentType()), invalid.body(), "a refused plan");
    }

    @Test
    void policyAndBatchAnswersConform() throws IOException {
        Http.Answer policies = http().get("/api/v1/policies");
        assertEquals(200, policies.status(), policies.body());
        doc.assertConforms(doc.responseSchema("/api/v1/policies", "get", 200, policies.contentType()), policies.body(), "the policies");
        String failing = Files.readString(Path.of("samples", "plans", "myth-4-programme.json"));
        Http.Answer judged = http().postJson(EVALUATIONS + "?policy=strict", failing.getBytes(StandardCharsets.UTF_8));
        assertEquals("FAIL", judged.json().at("/policy/outcome").asText());
        doc.assertConforms(doc.responseSchema(EVALUATIONS, "post", 200, judged.contentType()), judged.body(), "an evaluation with a policy");
        String batch = "{\"items\":[{\"reference\":\"A\",\"plan\":" + failing + "},{\"reference\":\"B\",\"plan\":{\"title\":\"x\",\"sector\":\"HOSPITAL\"}},"
                + "{\"plan\":{\"title\":\"y\"},\"colour\":1}]}";
        Http.Answer results = http().postJson(EVALUATIONS + "/batch?policy=lenient", batch.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, results.status(), results.body());
        doc.assertConforms(doc.responseSchema(EVALUATIONS + "/batch", "post", 200, results.contentType()), results.body(), "a batch");
        for (String[] bad : new String[][] {{"{}", "400"}, {"{\"items\":[" + "{\"plan\":{\"title\":\"x\"}},".repeat(100) + "{\"plan\":{\"title\":\"x\"}}]}", "413"}}) {
            Http.Answer refused = http().postJson(EVALUATIONS + "/batch", bad[0].getBytes(StandardCharsets.UTF_8));
            assertEquals(Integer.parseInt(bad[1]), refused.status(), refused.body());
            doc.assertConforms(doc.responseSchema(EVALUATIONS + "/batch", "post", refused.status(), refused.contentType()), refused.body(), bad[1]);
        }
    }

    @Test
    void plansTheServiceRefusesTheDocumentRefusesToo() {
        String planSchema = doc.follow(ServedOpenApi.operation(EVALUATIONS, "post") + "/requestBody/content/application~1json/schema");
        for (String plan : List.of("{}", "{\"title\":\"\"}", "{\"title\":\"" + "t".repeat(201) + "\"}",
                "{\"title\":\"x\",\"durationMs\":12}", "{\"title\":\"x\",\"durationMonths\":0}",
                "{\"title\":\"x\",\"sector\":\"HOSPITAL\"}", "{\"title\":\"x\",\"innovation\":{\"nature\":\"NEW\"}}",
                "{\"title\":\"x\",\"activities\":[{\"type\":\"PARTY\"}]}", "{\"title\":\"x\",\"approach\":{\"routes\":[\"NETWORK\",\"NETWORK\"]}}",
                "{\"title\":\"x\",\"activities\":[{\"type\":\"PILOT\",\"budget\":-1}]}")) {
            assertFalse(doc.violations(planSchema, plan).isEmpty(), "the document accepts " + plan);
            Http.Answer answer = http().postJson(EVALUATIONS, plan.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, answer.status(), plan);
            assertEquals("invalid_plan", answer.json().get("code").asText(), plan);
            doc.assertConforms(doc.responseSchema(EVALUATIONS, "post", 400, answer.contentType()), answer.body(), plan);
        }
    }

    @Test
    void catalogueHealthAndReloadAnswersConform() {
        String firstRule = http().get("/api/v1/rules").json().at("/rules/0/ruleId").asText();
        Map<String, String> gets = new LinkedHashMap<>();
        gets.put("/api/v1/rules", "/api/v1/rules");
        gets.put("/api/v1/rules/" + firstRule, "/api/v1/rules/{ruleId}");
        gets.put("/api/v1/knowledge", "/api/v1/knowledge");
        gets.put("/api/v1/plan-schema", "/api/v1/plan-schema");
        gets.put("/health", "/health");
        gets.put("/health/liveness", "/health/liveness");
        gets.put("/health/readiness", "/health/readiness");
        for (Map.Entry<String, String> get : gets.entrySet()) {
            Http.Answer answer = http().get(get.getKey());
            assertEquals(200, answer.status(), get.getKey() + ": " + answer.body());
            doc.assertConforms(doc.responseSchema(get.getValue(), "get", 200, answer.contentType()), answer.body(), get.getKey());
        }
        for (String path : List.of("/prometheus", "/problems/invalid_plan", ServedOpenApi.PATH)) {
            Http.Answer answer = http().get(path);
            assertEquals(200, answer.status(), path);
            doc.responseSchema(path.startsWith("/problems/") ? "/problems/{code}" : path, "get", 200, answer.contentType());
        }
        Http.Answer reload = http().postEmpty("/api/v1/admin/reload", "Bearer " + TOKEN);
        assertEquals(200, reload.status(), reload.body());
        doc.assertConforms(doc.responseSchema("/api/v1/admin/reload", "post", 200, reload.contentType()), reload.body(), "reload");
        assertEquals("bearer", doc.at("/components/securitySchemes/adminToken/scheme").asText());
        assertEquals("adminToken", doc.at(ServedOpenApi.operation("/api/v1/admin/reload", "post") + "/security/0").fieldNames().next());
    }

    @Test
    void everyProblemAnswerIsDocumentedAndConforms() throws IOException {
        List<Provocations.Provoked> provoked = Provocations.everyProblem(server, TOKEN);
        for (Provocations.Provoked p : provoked) {
            String what = p.method() + " " + p.path() + " -> " + p.code();
            assertEquals(p.status(), p.answer().status(), what + ": " + p.answer().body());
            assertEquals(Problem.MEDIA_TYPE, p.answer().contentType(), what);
            assertEquals(p.code(), p.answer().json().get("code").asText(), what);
            doc.assertConforms(doc.responseSchema(p.path(), p.method(), p.status(), p.answer().contentType()), p.answer().body(), what);
        }
        // Answers no operation can list: an unknown path, a method a path does not take.
        Http.Answer unknown = http().get("/api/v1/nothing-here");
        assertEquals(404, unknown.status());
        doc.assertConforms(doc.componentResponseSchema("NotFound", unknown.contentType()), unknown.body(), "an unknown path");
        Http.Answer wrongMethod = http().send(HttpRequest.newBuilder(server.getURI().resolve(EVALUATIONS)).DELETE());
        assertEquals(405, wrongMethod.status());
        assertEquals("method_not_allowed", wrongMethod.json().get("code").asText());
        doc.assertConforms(doc.componentResponseSchema("MethodNotAllowed", wrongMethod.contentType()), wrongMethod.body(), "a wrong method");
    }

    @Test
    void planAnswersConform() throws IOException {
        String plans = "/api/v1/plans";
        String first = Files.readString(Path.of("samples", "plans", "myth-1-information-only.json"));
        Http.Answer created = http().postJson(plans, first.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.status(), created.body());
        doc.assertConforms(doc.responseSchema(plans, "post", 201, created.contentType()), created.body(), "a plan created");
        String id = created.json().get("id").asText();
        assertEquals(plans + "/" + id, created.location());
        assertTrue(doc.at(ServedOpenApi.operation(plans, "post") + "/responses/201/headers/Location").isObject());

        ObjectNode second = (ObjectNode) Http.MAPPER.readTree(first);
        second.put("title", second.get("title").asText() + ", with coaching");
        second.withArray("activities").addObject().put("type", "COACHING").put("budget", 50000).put("startMonth", 3);
        Http.Answer saved = http().postJson(plans + "/" + id + "/versions", second.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(201, saved.status(), saved.body());
        doc.assertConforms(doc.responseSchema(plans + "/{id}/versions", "post", 201, saved.contentType()), saved.body(), "a version saved");
        assertEquals(plans + "/" + id + "/versions/2", saved.location());

        Map<String, String> gets = new LinkedHashMap<>();
        gets.put(plans, plans);
        gets.put(plans + "/" + id, plans + "/{id}");
        gets.put(plans + "/" + id + "/versions/1", plans + "/{id}/versions/{n}");
        gets.put(plans + "/" + id + "/compare?from=1&to=2", plans + "/{id}/compare");
        gets.put("/plans/" + id + "/plan.json", "/plans/{id}/plan.json");
        for (Map.Entry<String, String> get : gets.entrySet()) {
            Http.Answer answer = http().get(get.getKey());
            assertEquals(200, answer.status(), get.getKey() + ": " + answer.body());
            doc.assertConforms(doc.responseSchema(get.getValue(), "get", 200, answer.contentType()), answer.body(), get.getKey());
        }
        JsonNode comparison = http().get(plans + "/" + id + "/compare?from=1&to=2").json();
        assertFalse(comparison.get("changed").isEmpty() && comparison.get("resolved").isEmpty() && comparison.get("added").isEmpty(),
                "the comparison validated has items in it: " + comparison);

        Http.Answer invalid = http().postJson(plans + "/" + id + "/versions",
                "{\"title\":\"x\",\"innovation\":{\"nature\":\"RADICALLY\"}}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, invalid.status(), invalid.body());
        assertEquals("/innovation/nature", invalid.json().at("/errors/0/pointer").asText());
        doc.assertConforms(doc.responseSchema(plans + "/{id}/versions", "post", 400, invalid.contentType()), invalid.body(), "an invalid version");

        Http.Answer deleted = http().delete(plans + "/" + id);
        assertEquals(204, deleted.status(), deleted.body());
        doc.responseSchemaless(plans + "/{id}", "delete", 204);
        Http.Answer gone = http().get(plans + "/" + id);
        assertEquals(404, gone.status(), gone.body());
        assertTrue(gone.json().get("detail").asText().contains(id), "the 404 names the plan: " + gone.body());
        doc.assertConforms(doc.responseSchema(plans + "/{id}", "get", 404, gone.contentType()), gone.body(), "a deleted plan");
    }

    @Test
    void recordAnswersConform() throws IOException {
        byte[] plan = Files.readAllBytes(Path.of("samples", "plans", "myth-1-information-only.json"));
        Http.Answer posted = http().postJson(EVALUATIONS + "?reference=BID-42", plan);
        assertEquals(200, posted.status(), posted.body());
        assertTrue(doc.at(ServedOpenApi.operation(EVALUATIONS, "post") + "/responses/200/headers/Location").isObject());
        String id = posted.json().get("evaluationId").asText();
        assertEquals(EVALUATIONS + "/" + id, posted.location());
        String version = posted.json().at("/ruleset/version").asText();

        Map<String, String> gets = new LinkedHashMap<>();
        gets.put(EVALUATIONS + "/" + id, EVALUATIONS + "/{evaluationId}");
        gets.put(EVALUATIONS + "?reference=BID-42&limit=1", EVALUATIONS);
        gets.put("/api/v1/rulesets", "/api/v1/rulesets");
        gets.put("/api/v1/rulesets/" + version, "/api/v1/rulesets/{version}");
        for (Map.Entry<String, String> get : gets.entrySet()) {
            Http.Answer answer = http().get(get.getKey());
            assertEquals(200, answer.status(), get.getKey() + ": " + answer.body());
            doc.assertConforms(doc.responseSchema(get.getValue(), "get", 200, answer.contentType()), answer.body(), get.getKey());
        }
        Http.Answer replay = http().postJson(EVALUATIONS + "/" + id + "/replay", new byte[0]);
        assertEquals(200, replay.status(), replay.body());
        doc.assertConforms(doc.responseSchema(EVALUATIONS + "/{evaluationId}/replay", "post", 200, replay.contentType()),
                replay.body(), "a replay");
        assertEquals("apiKey", doc.at(ServedOpenApi.operation(EVALUATIONS, "post") + "/security/1").fieldNames().next());
    }

    // (c) every status and every route is in the document

    @Test
    void everyStatusTheServiceAnswersWithIsDocumented() {
        Set<Integer> answered = new TreeSet<>(ProblemResponseProcessor.CODES.keySet());
        answered.add(200);
        answered.add(500);
        Set<Integer> documented = new TreeSet<>();
        doc.root.get("paths").forEach(path -> path.forEach(op -> op.path("responses").fieldNames()
                .forEachRemaining(status -> documented.add(Integer.parseInt(status)))));
        assertTrue(doc.at("/components/responses/MethodNotAllowed").isObject(), "405 is described");
        documented.add(405);
        assertTrue(documented.containsAll(answered), "answered but not documented: " + difference(answered, documented));
        for (String code : ProblemTypesController.MEANINGS.keySet()) {
            assertTrue(doc.at("/components/schemas/Problem/properties/code/description").asText().contains(code), "the code " + code + " is listed");
        }
    }

    /** Every plans operation touches the database, so each can answer 503 database_unavailable, and says so. */
    @Test
    void everyPlansOperationDocumentsThatTheDatabaseMayBeUnavailable() {
        List<String> missing = new ArrayList<>();
        doc.root.get("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/v1/plans")) {
                path.getValue().fields().forEachRemaining(op -> {
                    String ref = op.getValue().path("responses").path("503").path("$ref").asText();
                    if (!ref.startsWith("#/") || !doc.at(ref.substring(1) + "/description").asText().contains("database_unavailable")) {
                        missing.add(op.getKey() + " " + path.getKey());
                    }
                });
            }
        });
        assertTrue(missing.isEmpty(), "plans operations without 503 database_unavailable: " + missing);
        assertTrue(doc.at("/components/responses/LimitReached/description").asText().contains("owner"),
                "max-plans is counted per owner, not per client");
    }

    @Test
    void everyRouteTheServiceServesIsDocumentedAndNothingElse() {
        Set<String> served = new TreeSet<>();
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            boolean page = !route.getProduces().isEmpty() && route.getProduces().stream().allMatch(m -> m.getName().equals("text/html"))
                    && !route.getUriMatchTemplate().toString().startsWith(ProblemTypesController.PATH);
            // HEAD is answered wherever GET is (HTTP's rule); /health/{selector} is liveness and readiness.
            if (!page && route.getHttpMethod() != HttpMethod.OPTIONS && route.getHttpMethod() != HttpMethod.HEAD) {
                String template = route.getUriMatchTemplate().toString();
                for (String path : template.equals("/health/{selector}") ? List.of("/health/liveness", "/health/readiness") : List.of(template)) {
                    served.add(route.getHttpMethod().name().toLowerCase() + " " + path);
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        doc.root.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method + " " + path.getKey())));
        assertEquals(served, documented, "the routes the service serves (JSON and text) are the operations the document lists");
    }

    private static Set<Integer> difference(Set<Integer> a, Set<Integer> b) {
        Set<Integer> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            if (array.isTextual()) {
                values.add(array.asText());
            }
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
