package org.scalingadvisor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every plan the samples hold: samples/plans/*.json, and the plan of each case in samples/cases and
 * samples/calibration (held in the case, or named by its path as CaseRunner reads it).
 */
public final class SamplePlans {

    /** One plan: where it comes from, and its JSON. */
    public record SamplePlan(String name, JsonNode json) {

        public byte[] bytes() {
            try {
                return JSON.writeValueAsBytes(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private SamplePlans() {
    }

    public static List<SamplePlan> all() {
        List<SamplePlan> plans = new ArrayList<>();
        for (Path file : files(Path.of("samples", "plans"))) {
            plans.add(new SamplePlan(file.toString(), read(file)));
        }
        for (Path folder : List.of(Path.of("samples", "cases"), Path.of("samples", "calibration"))) {
            for (Path file : files(folder)) {
                JsonNode plan = read(file).get("plan");
                // A case's plan is the plan itself, or the path of a plan file beside it.
                plans.add(new SamplePlan(file.toString(), plan.isTextual() ? read(file.getParent().resolve(plan.asText()).normalize()) : plan));
            }
        }
        return List.copyOf(plans);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan's JSON with the field at the dotted path set to the answer, or left out (null). */
    public static JsonNode withAnswer(JsonNode plan, String path, JsonNode answer) {
        ObjectNode copy = plan.deepCopy();
        String[] parts = path.split("\\.");
        ObjectNode parent = copy;
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parent.path(parts[i]).isObject()) {
                if (answer == null) {
                    return copy;
                }
                parent.putObject(parts[i]);
            }
            parent = (ObjectNode) parent.get(parts[i]);
        }
        if (answer == null) {
            parent.remove(parts[parts.length - 1]);
        } else {
            parent.set(parts[parts.length - 1], answer.deepCopy());
        }
        return copy;
    }
}
