package org.scalingadvisor.ruleset;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which fields the rules read, and how, from the rules' own text. */
class FieldReadsTest {

    private static FieldReads reads(String conditions) {
        return reads(conditions, ClaimTable.none());
    }

    private static FieldReads reads(String conditions, ClaimTable claims) {
        String drl = "package scalingadvisor;\n\nrule \"r\"\n    @id(r)\n    @kind(GAP)\nwhen\n" + conditions + "\nthen\n    conclude(kcontext);\nend\n";
        return FieldReads.of(List.of(drl), claims);
    }

    private static FieldReads.Read literals(String... texts) {
        return new FieldReads.Read(false, Set.of(texts));
    }

    @Test
    void quotedComparisonsAreReadThroughTheirTexts() {
        FieldReads reads = reads("""
                Answer(field == "stage", value in ("PILOT", "SCALING"))
                Answer(field in ("sector", "stage"), value != "HEALTH" || value not in ("EDUCATION"))
                not Missing(field == "innovation.nature")
                """);
        assertEquals(literals("PILOT", "SCALING", "HEALTH", "EDUCATION"), reads.of("stage"));
        assertEquals(literals("HEALTH", "EDUCATION"), reads.of("sector"));
        assertEquals(literals(), reads.of("innovation.nature"), "whether it is there, not what it says");
        assertNull(reads.of("innovation.form"), "a field no rule names is not read");
    }

    @Test
    void anythingElseReadsTheFieldWhole() {
        for (String condition : List.of(
                "Answer(field == \"stage\", number > 0)",
                "Answer(field == \"stage\", $v : value)",
                "Answer(field == \"stage\", value contains \"PI\")",
                "Answer(field == \"stage\", value == $other)",
                "$a : Answer(field == \"stage\")\n    Answer(field == \"sector\", value == $a.value)",
                "Answer(field == \"stage\", this != null)")) {
            assertEquals(FieldReads.Read.WHOLE, reads(condition).of("stage"), condition);
        }
        assertEquals(literals(), reads("$a : Answer(field == \"stage\")").of("stage"), "a binding used nowhere else reads nothing more");
    }

    @Test
    void aPatternNamingNoFieldReadsEveryFieldWhole() {
        for (String condition : List.of("Answer(value == \"true\")", "Missing()", "Answer(field != \"stage\")",
                "Missing(field not in (\"stage\"))", "Answer(field == $f)")) {
            FieldReads reads = reads(condition);
            assertEquals(FieldReads.Read.WHOLE, reads.of("innovation.form"), condition);
            assertEquals(FieldReads.Read.WHOLE, reads.of("stage"), condition);
        }
    }

    @Test
    void theClaimsTableReadsItsFieldsToo() {
        List<RuleProblem> problems = new ArrayList<>();
        ClaimTable claims = ClaimTable.parse("activity-categories.md", """
                | claim | delivered by activity types | or by the plan's fields |
                |---|---|---|
                | movement.vision | CAMPAIGN | resources.fundingModel = COMMISSIONED; communities.practice.organisations >= 1 |
                """, Set.of("CAMPAIGN"), Set.of(), problems);
        assertTrue(problems.isEmpty(), problems.toString());
        FieldReads reads = reads("Answer(field == \"stage\")", claims);
        assertEquals(literals("true"), reads.of("movement.vision"));
        assertEquals(literals("COMMISSIONED"), reads.of("resources.fundingModel"));
        assertEquals(FieldReads.Read.WHOLE, reads.of("communities.practice.organisations"));
    }
}
