package org.scalingadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingadvisor.ServiceProcess;
import org.scalingadvisor.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, item 13: a trainer previews a working copy of the rules before it goes live, and sees its
 * effect on the corpus and on the plans the service has stored. The command runs as the jar runs it: the
 * application's main class in a JVM of its own.
 */
class PreviewCommandTest {

    private static final String DEMAND = "mechanisms/demand.drl";
    private static final String NEW_MESSAGE = "Write one call to action from the evidence and the human stories, and use it with every group you need to move.";

    record Run(int exit, String out, String err) {
    }

    @Test
    void aRewordedMessageAndAChangedWeightShowOnTheCorpusAndOnStoredPlans(@TempDir Path tmp) throws Exception {
        Path service = Files.createDirectories(tmp.resolve("service"));
        String planId;
        String evaluationId;
        try (ServiceProcess running = ServiceProcess.start(service, "192m", Map.of())) {
            byte[] plan = Files.readAllBytes(Path.of("samples", "plans", "myth-4-programme.json"));
            planId = running.http().send("POST", "/api/v1/plans", Map.of("Content-Type", "application/json"), plan).json().path("id").asText();
            evaluationId = running.http().send("POST", "/api/v1/evaluations", Map.of("Content-Type", "application/json"), plan)
                    .json().path("evaluationId").asText();
        }
        assertFalse(planId.isEmpty());
        assertFalse(evaluationId.isEmpty());

        Path working = TestFiles.copyRules(tmp.resolve("working"));
        Path demand = working.resolve(DEMAND);
        TestFiles.edit(demand, "Write a call to action that brings together the evidence, the human stories and the\n"
                + "              opportunity, and says why change cannot wait. Use it with every group you need to move.", NEW_MESSAGE);
        int base = TestFiles.lineOf(demand, "@id(rec.mech-2.1.case-for-change)") + 5;
        List<String> lines = new ArrayList<>(Files.readAllLines(demand));
        assertEquals("    @base(35)", lines.get(base - 1));
        lines.set(base - 1, "    @base(45)");
        Files.write(demand, lines);

        Run run = preview("--rules", working.toString(), "--database", "jdbc:h2:file:" + service.resolve("data/scaling-advisor")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        assertEquals(0, run.exit(), run.err() + run.out());
        int stored = run.out().indexOf("== Stored plans");
        assertTrue(stored > 0, run.out());
        String corpus = run.out().substring(0, stored);
        String plans = run.out().substring(stored);
        for (String group : List.of(corpus, plans)) {
            assertTrue(group.contains("rec.mech-2.1.case-for-change message reworded\n    was: Write a call to action that brings"
                    + " together the evidence, the human stories and the opportunity, and says why change cannot wait. Use it with every"
                    + " group you need to move.\n    now: " + NEW_MESSAGE), group);
            assertTrue(group.matches("(?s).*rec\\.mech-2\\.1\\.case-for-change: score (\\d+) [A-Z]+ -> (\\d+) [A-Z]+ \\(rank.*"), group);
        }
        assertTrue(corpus.contains("samples/cases: myth-4-programme\n"), corpus);
        assertTrue(plans.contains("saved plan: " + planId + " version 1"), plans);
        assertTrue(plans.contains("decision record: " + evaluationId), plans);
        assertTrue(plans.contains(": 2 plans\n"), plans);
    }

    @Test
    void aWorkingCopyThatDoesNotCompileIsNamedAtItsLineAndNothingIsCompared(@TempDir Path tmp) throws Exception {
        Path working = TestFiles.copyRules(tmp.resolve("working"));
        TestFiles.edit(working.resolve(DEMAND), "Answer(field == \"movement.caseForChange\"", "Answer(field == \"movement.caseForChang\"");
        int line = TestFiles.lineOf(working.resolve(DEMAND), "caseForChang\"");
        Run run = preview("--rules", working.toString(), "--no-database");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains(working.resolve(DEMAND) + ":" + line + ": "), run.err());
        assertTrue(run.err().contains("nothing was compared"), run.err());
        assertFalse(run.out().contains("=="), run.out());
    }

    private static Run preview(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", "org.scalingadvisor.Application", "preview"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("preview", ".out");
        Path err = Files.createTempFile("preview", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(240, TimeUnit.SECONDS), "preview did not finish within 4 minutes");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
