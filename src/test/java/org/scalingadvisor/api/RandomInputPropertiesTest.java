package org.scalingadvisor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Random JSON and randomly mutated sample plans never make the evaluation endpoint answer 5xx. */
class RandomInputPropertiesTest {

    private static final List<String> FIELDS = List.of("title", "planType", "sector", "stage", "durationMonths",
            "innovation", "approach", "activities", "stakeholders", "communities", "movement", "resources", "enablers",
            "learning", "context", "nature", "routes", "type", "budget", "group", "role", "exists", "practice");
    private static final List<String> WORDS = List.of("HEALTH", "RADICAL", "TRANSFER", "PILOT", "CARERS", "LEADING",
            "STRONG", "AT_OUTSET", "", "x", "\u00e9\u4e2d", "null");

    private static EmbeddedServer server;
    private static Http http;
    private static List<JsonNode> samples;

    @BeforeContainer
    static void start() throws IOException {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1, "advisor.rules.watch", false),
                "property-test");
        http = new Http(server.getURI());
        samples = new ArrayList<>();
        try (var files = Files.list(Path.of("samples", "plans"))) {
            for (Path file : files.sorted().toList()) {
                samples.add(Http.MAPPER.readTree(file.toFile()));
            }
        }
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 300)
    void randomJsonNeverGetsA5xx(@ForAll("json") JsonNode body) {
        assertClientSafe(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void mutatedSamplePlansNeverGetA5xx(@ForAll("mutatedPlans") byte[] body) {
        assertClientSafe(body);
    }

    private static void assertClientSafe(byte[] body) {
        Http.Answer answer = http.postJson("/api/v1/evaluations", body);
        if (answer.status() >= 500) {
            throw new AssertionError("5xx for " + new String(body, StandardCharsets.UTF_8) + ": " + answer.body());
        }
        if (answer.status() != 200 && !answer.contentType().startsWith("application/problem+json")) {
            throw new AssertionError("a " + answer.status() + " without problem+json: " + answer.contentType());
        }
    }

    @Provide
    Arbitrary<JsonNode> json() {
        return value(4).map(node -> node);
    }

    private Arbitrary<JsonNode> value(int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.of(WORDS).map(f::textNode),
                Arbitraries.strings().ofMaxLength(30).map(f::textNode),
                Arbitraries.integers().map(f::numberNode),
                Arbitraries.doubles().map(f::numberNode),
                Arbitraries.of(true, false).map(f::booleanNode),
                Arbitraries.just(f.nullNode()));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(8)),
                        Arbitraries.lazy(() -> value(depth - 1))).ofMaxSize(6)
                .map(map -> {
                    ObjectNode node = f.objectNode();
                    map.forEach(node::set);
                    return node;
                });
        Arbitrary<JsonNode> array = Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(5)
                .map(list -> {
                    ArrayNode node = f.arrayNode();
                    list.forEach(node::add);
                    return node;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(4, object), net.jqwik.api.Tuple.of(2, array));
    }

    @Provide
    Arbitrary<byte[]> mutatedPlans() {
        Arbitrary<Integer> which = Arbitraries.integers().between(0, Math.max(0, samples.size() - 1));
        Arbitrary<Integer> mutation = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 1_000_000);
        return Combinators.combine(which, mutation, position, value(2)).as((w, m, p, replacement) -> {
            JsonNode plan = samples.get(w).deepCopy();
            List<JsonNode> containers = new ArrayList<>();
            collect(plan, containers);
            JsonNode target = containers.get(p % containers.size());
            byte[] text;
            switch (m) {
                case 0 -> {
                    removeOne(target, p);
                    text = bytes(plan);
                }
                case 1 -> {
                    replaceOne(target, p, replacement);
                    text = bytes(plan);
                }
                case 2 -> {
                    if (target instanceof ObjectNode o) {
                        o.set(FIELDS.get(p % FIELDS.size()), replacement);
                    }
                    text = bytes(plan);
                }
                case 3 -> {
                    byte[] full = bytes(plan);
                    text = java.util.Arrays.copyOf(full, p % full.length);
                }
                case 4 -> {
                    text = bytes(plan);
                    text[p % text.length] = (byte) (p % 256);
                }
                default -> {
                    byte[] full = bytes(plan);
                    int at = p % full.length;
                    text = (new String(full, 0, at, StandardCharsets.ISO_8859_1) + "{\"title\":" + new String(full, at, full.length - at,
                            StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
                }
            }
            return text;
        });
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            node.forEach(child -> collect(child, into));
        }
    }

    private static void removeOne(JsonNode target, int p) {
        if (target instanceof ObjectNode o && o.size() > 0) {
            Iterator<String> names = o.fieldNames();
            String name = null;
            for (int i = 0; i <= p % o.size(); i++) {
                name = names.next();
            }
            o.remove(name);
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            a.remove(p % a.size());
        }
    }

    private static void replaceOne(JsonNode target, int p, JsonNode replacement) {
        if (target instanceof ObjectNode o && o.size() > 0) {
            Iterator<String> names = o.fieldNames();
            String name = null;
            for (int i = 0; i <= p % o.size(); i++) {
                name = names.next();
            }
            o.set(name, replacement);
        } else if (target instanceof ArrayNode a && a.size() > 0) {
            a.set(p % a.size(), replacement);
        }
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return Http.MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
