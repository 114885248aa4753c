package org.scalingadvisor.ruleset;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which rule shapes keep what-ifs on a moved session ({@link IncrementalSafety}). */
class IncrementalSafetyTest {

    private static String rule(String conditions) {
        return "rule \"r\"\n    @id(finding.x)\n    @title(\"exists or not\")\nwhen\n" + conditions + "\nthen\n    conclude(kcontext);\nend\n";
    }

    private static final String COLLECT = "    $l : java.util.List(size > 0) from collect( Stakeholder(side == \"USER\") )\n";

    @Test
    void aCollectBesideAGroupUnderExistsOrNotIsFlagged() {
        assertTrue(IncrementalSafety.unsafe(rule(COLLECT + "    exists ( Activity(substantive)\n      or Answer(field == \"a\") )")));
        assertTrue(IncrementalSafety.unsafe(rule(COLLECT + "    not( not Activity(substantive) and not Answer(field == \"a\") )")));
        assertTrue(IncrementalSafety.unsafe(rule("    Number(intValue > 0) from accumulate( Activity(), count(1) )\n    not (A() and B())")));
        assertFalse(IncrementalSafety.allows(List.of(rule("    Finding(id == \"f\")"), rule(COLLECT + "    exists ( A() or B() )"))));
    }

    @Test
    void eitherAloneAndWordsInTextsAreNot() {
        assertFalse(IncrementalSafety.unsafe(rule("    Stakeholder(side == \"USER\")\n    not ( not Activity(substantive) and not Answer(field == \"a\") )")));
        assertFalse(IncrementalSafety.unsafe(rule(COLLECT + "    ( Answer(field == \"a\") or Answer(field == \"b\") )\n    not Activity(substantive)")));
        assertFalse(IncrementalSafety.unsafe(rule(COLLECT + "    // not ( a and b ) in a comment\n    not Answer(value == \"not (this)\")")));
    }

    @Test
    void theShippedRulesAreSafe() {
        RulesetCompiler.Outcome outcome = new RulesetCompiler().compile(java.nio.file.Path.of("rules"));
        assertTrue(outcome.ok(), () -> outcome.problems().toString());
        assertTrue(outcome.ruleset().incrementalSafe(), "a shipped rule has an 'or' inside 'exists' or 'not'");
    }
}
