package org.scalingadvisor.web;

import jakarta.inject.Singleton;
import org.scalingadvisor.plan.FieldError;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's validation error as a planner would say it, for the field it names: "Enter the month as a
 * number" rather than "must be an integer, found string". The API keeps the schema's words.
 */
@Singleton
final class PlannersWords {

    private static final Pattern FIELD_NAME = Pattern.compile("\\b[a-z]+(?:[A-Z][a-z]+)+\\b");
    private static final Pattern BEFORE_START = Pattern.compile("must not be before startMonth \\((\\d+)\\).*");

    private final PlanFields fields;

    PlannersWords(PlanFields fields) {
        this.fields = fields;
    }

    String say(FieldError error) {
        String message = error.message();
        String[] segments = error.pointer().split("/");
        Field list = segments.length > 2 && segments[2].matches("\\d+") ? fields.byPath(segments[1]) : null;
        Field field = fields.byPath(error.pointer().replaceFirst("^/", "").replaceAll("/\\d+(?=/|$)", "").replace('/', '.'));
        if (field == null) {
            return plain(message);
        }
        String what = field.label().toLowerCase(Locale.ROOT);
        if (message.equals("is required")) {
            String verb = field.kind() == Field.Kind.CHOICE ? "Choose the " : "Enter the ";
            return list == null ? verb + what
                    : verb + what + " of this " + noun(list) + ", or remove the " + noun(list);
        }
        Matcher before = BEFORE_START.matcher(message);
        if (before.matches()) {
            return "Enter an end month no earlier than the start month (month " + before.group(1) + ")";
        }
        if (field.kind() == Field.Kind.INTEGER || field.kind() == Field.Kind.NUMBER) {
            return number(field) + range(field);
        }
        if (message.contains("is not allowed")) {
            return "Choose one of the listed answers for " + what;
        }
        return plain(message);
    }

    private static String number(Field field) {
        if (field.name().equals("durationMonths")) {
            return "Enter the number of months the plan runs, as a number such as 24 for two years";
        }
        if (field.name().endsWith("Month")) {
            return "Enter the month as a number counted from the start of the plan, such as 0 for its first month or 12 for a year in";
        }
        if (field.name().equals("budget")) {
            return "Enter pounds, numbers only, such as 5000";
        }
        return "Enter a whole number, such as 12";
    }

    private static String range(Field field) {
        if (field.minimum() == null || field.maximum() == null || field.maximum() > 100_000) {
            return field.minimum() != null && field.minimum() > 0 ? " (at least " + field.minimum() + ")" : "";
        }
        return " (from " + field.minimum() + " to " + field.maximum() + ")";
    }

    private static String noun(Field list) {
        return list.rowNoun().toLowerCase(Locale.ROOT);
    }

    /** The message with field names ("startMonth") in words ("start month"). */
    private static String plain(String message) {
        Matcher m = FIELD_NAME.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, PlanFields.label(m.group()).toLowerCase(Locale.ROOT));
        }
        m.appendTail(out);
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
