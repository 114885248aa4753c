package org.scalingadvisor.web;

import org.junit.jupiter.api.Test;
import org.scalingadvisor.plan.PlanReader;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every field and every allowed value of the plan schema is explained in words, for the editor's help. */
class SchemaHelpTest {

    @Test
    void everyFieldAndEveryValueHasADescription() {
        List<String> missing = new ArrayList<>();
        walk(new PlanFields(new PlanReader()).all(), missing);
        assertTrue(missing.isEmpty(), "add a description (or an x-enumDescriptions entry) in plan-schema.json for: " + missing);
    }

    private static void walk(List<Field> fields, List<String> missing) {
        for (Field field : fields) {
            if (field.help().isBlank()) {
                missing.add(field.path());
            }
            for (Field.Option option : field.options()) {
                if (option.help().isBlank()) {
                    missing.add(field.path() + " = " + option.value());
                }
            }
            walk(field.children(), missing);
        }
    }
}
