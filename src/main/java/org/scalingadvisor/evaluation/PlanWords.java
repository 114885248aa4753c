package org.scalingadvisor.evaluation;

import org.scalingadvisor.plan.Activity;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.plan.Stakeholder;
import org.scalingadvisor.ruleset.Kind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan's own words for what an item rests on: for each activity or stakeholder group its evidence points
 * at, the activity's description (or its reference) and the group's name, so a planner reads "the launch
 * event" rather than a pointer.
 */
final class PlanWords {

    private static final Pattern ELEMENT = Pattern.compile("^/(activities|stakeholders)/(\\d+)(?:/.*)?$");
    /** A field of the plan outside its lists: /approach/diverseAdopters. */
    private static final Pattern FIELD = Pattern.compile("^/[a-z][A-Za-z]*(?:/[a-z][A-Za-z]*){1,2}$");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final int MAX_WORDS = 80;
    private static final int MAX_NAMED = 6;

    private PlanWords() {
    }

    /** The items, each naming the activities and groups its evidence points at. */
    static List<Evaluation.Item> name(List<Evaluation.Item> items, ScalingPlan plan) {
        List<Evaluation.Item> out = new ArrayList<>(items.size());
        for (Evaluation.Item i : items) {
            List<String> about = about(i, plan);
            out.add(about.isEmpty() ? i : i.withAbout(about));
        }
        return out;
    }

    private static List<String> about(Evaluation.Item item, ScalingPlan plan) {
        Set<String> words = new LinkedHashSet<>();
        List<String> pointers = new ArrayList<>(item.trace() == null ? List.of() : item.trace().evidence());
        item.signs().forEach(s -> pointers.addAll(s.evidence()));
        for (String pointer : pointers) {
            Matcher m = ELEMENT.matcher(pointer);
            Matcher field = FIELD.matcher(pointer);
            // A question's evidence is what it asks about: name those fields too, in words.
            if (!m.matches() && field.matches() && item.kind().equals(Kind.GAP) && words.size() < MAX_NAMED) {
                words.add(fieldWords(pointer));
            }
            if (m.matches() && words.size() < MAX_NAMED) {
                int index = Integer.parseInt(m.group(2));
                String word = m.group(1).equals("activities") ? activity(plan.activities(), index) : group(plan.stakeholders(), index);
                if (word != null) {
                    words.add(word);
                }
            }
        }
        return List.copyOf(words);
    }

    private static String activity(List<Activity> activities, int index) {
        if (activities == null || index >= activities.size() || activities.get(index) == null) {
            return null;
        }
        Activity a = activities.get(index);
        if (a.description() != null && !a.description().isBlank()) {
            return shorten(a.description().strip());
        }
        if (a.id() != null && !a.id().isBlank()) {
            return a.id();
        }
        return a.type() == null ? "activity " + (index + 1) : "activity " + (index + 1) + " (" + plain(a.type().name()) + ")";
    }

    private static String group(List<Stakeholder> stakeholders, int index) {
        if (stakeholders == null || index >= stakeholders.size() || stakeholders.get(index) == null
                || stakeholders.get(index).group() == null) {
            return null;
        }
        String words = plain(stakeholders.get(index).group().name());
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** A field's path in words: /learning/evaluationPlanned reads "Learning › evaluation planned". */
    private static String fieldWords(String pointer) {
        StringBuilder words = new StringBuilder();
        for (String segment : pointer.substring(1).split("/")) {
            words.append(words.length() == 0 ? "" : " › ").append(CAMEL.matcher(segment).replaceAll(" ").toLowerCase(Locale.ROOT));
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String plain(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_WORDS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_WORDS - 1);
        return text.substring(0, cut > MAX_WORDS / 2 ? cut : MAX_WORDS - 1) + "…";
    }
}
