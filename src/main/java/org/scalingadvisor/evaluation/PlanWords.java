package org.scalingadvisor.evaluation;

import org.scalingadvisor.facts.Answer;
import org.scalingadvisor.plan.Activity;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.plan.Stakeholder;
import org.scalingadvisor.ruleset.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plan's own words for what an item rests on: for each activity or stakeholder group its evidence points
 * at, the activity's description (or its reference) and the group's name, so a planner reads "the launch
 * event" rather than a pointer; for each answer it rests on, the field in words with the plan's value
 * ("Resources › funding ends month: 24"), so the planner sees what the rule read.
 */
final class PlanWords {

    /*
     * Pointers are read by hand, not by regular expressions (a tenth of the path outside the engine went to them):
     * an element of a list is /activities/N or /stakeholders/N, N ASCII digits, then nothing or /anything on one
     * line; a field outside the lists is two or three segments of an ASCII lower-case letter then letters
     * (/approach/diverseAdopters). PlanWordsTest checks both against the expressions they replace.
     */
    private static final String ACTIVITIES = "/activities/";
    private static final String STAKEHOLDERS = "/stakeholders/";
    private static final int MAX_WORDS = 80;
    private static final int MAX_NAMED = 6;
    /** A value longer than this (free text) is not repeated: the field's name says what was read. */
    private static final int MAX_VALUE = 60;

    private PlanWords() {
    }

    /** The items, each naming the activities, groups and answers its evidence points at. */
    static List<Evaluation.Item> name(List<Evaluation.Item> items, ScalingPlan plan, List<Object> facts) {
        Map<String, String> values = values(facts);
        List<Evaluation.Item> out = new ArrayList<>(items.size());
        for (Evaluation.Item i : items) {
            List<String> about = about(i, plan, values);
            out.add(about.isEmpty() ? i : i.withAbout(about));
        }
        return out;
    }

    private static List<String> about(Evaluation.Item item, ScalingPlan plan, Map<String, String> values) {
        Set<String> words = new LinkedHashSet<>();
        List<String> pointers = new ArrayList<>(item.trace() == null ? List.of() : item.trace().evidence());
        item.signs().forEach(s -> pointers.addAll(s.evidence()));
        // The activities and groups first, in the planner's words; then the answers.
        for (String pointer : pointers) {
            int indexEnd = elementIndexEnd(pointer);
            if (indexEnd > 0 && words.size() < MAX_NAMED) {
                boolean activity = pointer.startsWith(ACTIVITIES);
                int index = Integer.parseInt(pointer.substring((activity ? ACTIVITIES : STAKEHOLDERS).length(), indexEnd));
                String word = activity ? activity(plan.activities(), index) : group(plan.stakeholders(), index);
                if (word != null) {
                    words.add(word);
                }
            }
        }
        for (String pointer : pointers) {
            if (elementIndexEnd(pointer) > 0 || words.size() >= MAX_NAMED) {
                continue;
            }
            // A concern's answers are named with the plan's value (a strength's title already says what it credits);
            // a question's fields are named even where the plan gives no value (what it asks about). An entry of a
            // list (/approach/routes/0) is named under its list.
            String field = listOf(pointer);
            String value = item.kind().equals(Kind.STRENGTH) ? null : values.get(pointer);
            if (value != null && (isField(field) || isTopField(field)) || isField(field) && item.kind().equals(Kind.GAP)) {
                words.add(value == null || value.length() > MAX_VALUE ? fieldWords(field) : fieldWords(field) + ": " + value);
            }
        }
        return List.copyOf(words);
    }

    /**
     * The plan's answers by pointer, in words: yes and no for true and false, enum names in lower case, a list's
     * values joined under the list's pointer (each entry also under its own); a claim no activity delivers says so.
     * Counts and the title are left out.
     */
    private static Map<String, String> values(List<Object> facts) {
        Map<String, String> values = new HashMap<>();
        for (Object fact : facts) {
            if (!(fact instanceof Answer a) || a.getField().endsWith(".count") || a.getPointer().equals("/title")) {
                continue;
            }
            String pointer = a.getPointer();
            String list = listOf(pointer);
            String word = valueWords(a.getValue());
            values.merge(list, word, (was, more) -> was + ", " + more);
            if (!list.equals(pointer)) {
                values.put(pointer, word); // an entry the evidence points at is named on its own
            }
        }
        return values;
    }

    private static String valueWords(String value) {
        return switch (value) {
            case "true" -> "yes";
            case "false" -> "no";
            case PlanFacts.CLAIMED -> "yes, but nothing in the plan does it yet";
            case PlanFacts.UNSIZED -> "yes, but the work that would do it has no size given";
            default -> isEnumName(value) ? plain(value) : value;
        };
    }

    private static boolean isEnumName(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !value.isEmpty();
    }

    /** The list's pointer for an entry of a list of values (/approach/routes/0), else the pointer itself. */
    private static String listOf(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash > 0 && slash + 1 < pointer.length() && digitsEnd(pointer, slash + 1) == pointer.length()
                ? pointer.substring(0, slash) : pointer;
    }

    /** Whether the pointer is a top-level field: one segment, [a-z][A-Za-z]*. */
    private static boolean isTopField(String pointer) {
        return pointer.indexOf('/', 1) < 0 && isField("/x" + pointer);
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
    static String fieldWords(String pointer) {
        StringBuilder words = new StringBuilder();
        for (String segment : pointer.substring(1).split("/")) {
            words.append(words.length() == 0 ? "" : " › ");
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                // A space where a lower-case letter meets a capital: diverseAdopters reads "diverse adopters".
                if (i > 0 && isLower(segment.charAt(i - 1)) && c >= 'A' && c <= 'Z') {
                    words.append(' ');
                }
                words.append(Character.toLowerCase(c));
            }
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }


    /** Where the index of /activities/N or /stakeholders/N ends in the pointer, or -1 when it points at no element. */
    static int elementIndexEnd(String pointer) {
        String list = pointer.startsWith(ACTIVITIES) ? ACTIVITIES : pointer.startsWith(STAKEHOLDERS) ? STAKEHOLDERS : null;
        if (list == null) {
            return -1;
        }
        int end = digitsEnd(pointer, list.length());
        boolean rest = end == pointer.length() || pointer.charAt(end) == '/' && noLineBreak(pointer, end);
        return end > list.length() && rest ? end : -1;
    }

    /** Where the ASCII digits starting at {@code from} end. */
    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Whether no line terminator (what a regular expression's dot does not match) follows {@code from}. */
    private static boolean noLineBreak(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Whether the pointer is a field outside the lists: two or three segments, each [a-z][A-Za-z]*. */
    static boolean isField(String pointer) {
        int segments = 0;
        int i = 0;
        while (i < pointer.length()) {
            if (pointer.charAt(i) != '/' || i + 1 >= pointer.length() || !isLower(pointer.charAt(i + 1))) {
                return false;
            }
            i += 2;
            while (i < pointer.length() && isLetter(pointer.charAt(i))) {
                i++;
            }
            segments++;
        }
        return segments >= 2 && segments <= 3;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isLetter(char c) {
        return isLower(c) || c >= 'A' && c <= 'Z';
    }

    /** An enum value in words: CO_DESIGNING reads "co-designing", BEFORE_AFTER "before after". */
    private static String plain(String enumName) {
        String words = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.startsWith("co ") ? "co-" + words.substring(3) : words;
    }

    private static String shorten(String text) {
        if (text.length() <= MAX_WORDS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_WORDS - 1);
        return text.substring(0, cut > MAX_WORDS / 2 ? cut : MAX_WORDS - 1) + "…";
    }
}
