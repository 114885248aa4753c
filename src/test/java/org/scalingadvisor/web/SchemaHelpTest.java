package org.scalingadvisor.web;

import org.junit.jupiter.api.Test;
import org.scalingadvisor.plan.PlanReader;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field and every allowed value of the plan schema is explained in words, for the editor's help,
 * and the words are the planner's: no value names (TRANSFER) or field names (startMonth) in them.
 */
class SchemaHelpTest {

    @Test
    void everyFieldAndEveryValueHasADescription() {
        List<String> missing = new ArrayList<>();
        walk(new PlanFields(new PlanReader()).all(), missing);
        assertTrue(missing.isEmpty(), "add a description (or an x-enumDescriptions entry) in plan-schema.json for: " + missing);
    }

    @Test
    void helpAndLabelsUsePlainWords() {
        List<String> jargon = new ArrayList<>();
        plainWords(new PlanFields(new PlanReader()).all(), jargon);
        assertTrue(jargon.isEmpty(), "help or labels with value or field names: " + jargon);
        PlanFields fields = new PlanFields(new PlanReader());
        assertEquals("Before and after", fields.byPath("innovation.evidence").option("BEFORE_AFTER").label());
        assertEquals("Children's social care", fields.byPath("sector").option("CHILDREN_SOCIAL_CARE").label());
        assertTrue(fields.byPath("approach.routes").help().contains("transfer (other organisations copy it)"),
                fields.byPath("approach.routes").help());
    }

    private static void plainWords(List<Field> fields, List<String> jargon) {
        Pattern names = Pattern.compile("\\b([A-Z]{2,}_[A-Z_]+|[A-Z]{4,}|[a-z]+[A-Z][A-Za-z]+)\\b");
        for (Field field : fields) {
            List<String> texts = new ArrayList<>(List.of(field.help(), field.label()));
            field.options().forEach(o -> texts.addAll(List.of(o.help(), o.label())));
            for (String text : texts) {
                Matcher m = names.matcher(text);
                if (m.find()) {
                    jargon.add(field.path() + ": '" + m.group() + "' in " + text);
                }
            }
            plainWords(field.children(), jargon);
        }
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
