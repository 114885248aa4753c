package org.scalingadvisor.evaluation;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pointers read by hand: the same answers as the regular expressions PlanWords used before, on random pointers. */
class PlanWordsTest {

    private static final Pattern ELEMENT = Pattern.compile("^/(activities|stakeholders)/(\\d+)(?:/.*)?$");
    private static final Pattern FIELD = Pattern.compile("^/[a-z][A-Za-z]*(?:/[a-z][A-Za-z]*){1,2}$");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");

    @Test
    void readsPointersLikeTheRegularExpressions() {
        Random random = new Random(18);
        String[] parts = {"", "activities", "stakeholders", "activitiesX", "0", "12", "007", "1a", "\u0661", "type", "budget",
                "diverseAdopters", "aBC", "Approach", "a", "z9", "é", "x\ny", "\r", "\u2028", "~1", "learning", "evaluationPlanned"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder p = new StringBuilder(random.nextInt(20) == 0 ? "x" : "");
            for (int depth = random.nextInt(5); depth >= 0; depth--) {
                p.append('/').append(parts[random.nextInt(parts.length)]);
            }
            String pointer = p.append(random.nextInt(10) == 0 ? "\n" : "").toString();
            Matcher element = ELEMENT.matcher(pointer);
            int end = PlanWords.elementIndexEnd(pointer);
            assertEquals(element.matches(), end > 0, () -> "element " + pointer);
            if (end > 0) {
                assertEquals(element.group(2), pointer.substring(pointer.indexOf('/', 1) + 1, end), pointer);
            }
            boolean field = FIELD.matcher(pointer).matches();
            assertEquals(field, PlanWords.isField(pointer), () -> "field " + pointer);
            if (field) {
                assertEquals(reference(pointer), PlanWords.fieldWords(pointer), pointer);
            }
        }
    }

    private static String reference(String pointer) {
        StringBuilder words = new StringBuilder();
        for (String segment : pointer.substring(1).split("/")) {
            words.append(words.length() == 0 ? "" : " › ").append(CAMEL.matcher(segment).replaceAll(" ").toLowerCase(Locale.ROOT));
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
