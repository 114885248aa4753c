package org.scalingadvisor.ruleset;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a rule set may be evaluated incrementally (one session moved from facts to facts, as the what-ifs
 * do) and give what fresh sessions give. On Drools 10.2 one rule shape does not: a {@code collect} (or
 * {@code accumulate}) beside a bracketed group under {@code exists ( … )} or {@code not ( … )} left a logically
 * inserted finding withdrawn after its facts came back (seen in {@code OutcomeSessionTest}, moving a session
 * across the corpus's plans; with the {@code collect} replaced by a plain pattern, or the group by one pattern,
 * it held). A rule set with that shape anywhere is evaluated on fresh sessions instead: slower, never wrong.
 */
final class IncrementalSafety {

    private static final Pattern WHEN_THEN = Pattern.compile("(?ms)^\\s*when\\b(.*?)^\\s*then\\b");
    private static final Pattern QUANTIFIER = Pattern.compile("\\b(exists|not)\\s*\\(");
    private static final Pattern ACCUMULATE = Pattern.compile("\\b(accumulate|collect)\\b");

    private IncrementalSafety() {
    }

    /** True when no rule's conditions have both a collect or accumulate and a bracketed group under exists or not. */
    static boolean allows(Collection<String> ruleTexts) {
        return ruleTexts.stream().noneMatch(IncrementalSafety::unsafe);
    }

    static boolean unsafe(String ruleText) {
        Matcher when = WHEN_THEN.matcher(ruleText);
        if (!when.find()) {
            return false;
        }
        String conditions = when.group(1).replaceAll("//[^\\n]*", "").replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        return ACCUMULATE.matcher(conditions).find() && QUANTIFIER.matcher(conditions).find();
    }
}
