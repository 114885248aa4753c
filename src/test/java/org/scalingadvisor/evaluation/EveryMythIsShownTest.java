package org.scalingadvisor.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A short report never folds a myth diagnosis behind "more advice": over every calibration plan, each diagnosis is
 * shown (the twenty-first sealed review: a HIGH 74 Myth 5 diagnosis was printed under "left out of a short report",
 * after two LOW strengths).
 */
class EveryMythIsShownTest {

    @Test
    void noDiagnosisIsFoldedInAnyCalibrationReport() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> folded = new ArrayList<>();
        int diagnoses = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("samples/calibration"))) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode plan = json.readTree(file.toFile()).path("plan");
            if (!plan.isObject()) {
                continue;
            }
            Evaluation evaluation = PlanItems.evaluation(plan.toString());
            for (Evaluation.Item item : evaluation.advice()) {
                if (item.kind().equals("DIAGNOSIS")) {
                    diagnoses++;
                    if (item.folded()) {
                        folded.add(file.getFileName() + " " + item.ruleId() + " " + item.priority().band());
                    }
                }
            }
        }
        assertTrue(diagnoses > 300, "too few diagnoses to say anything: " + diagnoses);
        assertEquals(List.of(), folded);
    }
}
