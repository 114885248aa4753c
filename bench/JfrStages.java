import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads `jfr print --events jdk.ExecutionSample --stack-depth 64` from stdin and prints the share of
 * CPU samples per stage of a request (first matching stage in the order below, anywhere in the
 * stack), and the 25 hottest frames (self time). Used by bench/profile-http.sh.
 */
public class JfrStages {

    /** Stage name → frame substrings; the first stage with a frame in the stack wins. */
    private static final Map<String, String[]> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("logging", new String[] {"ch.qos.logback", "org.slf4j"});
        STAGES.put("metrics", new String[] {"io.micrometer"});
        STAGES.put("reading + schema validation", new String[] {"org.scalingadvisor.plan."});
        STAGES.put("trace listener (FiringTrace)", new String[] {"FiringTrace"});
        STAGES.put("facts (PlanFacts)", new String[] {"PlanFacts"});
        STAGES.put("report shape (ReportShape: merge, fold)", new String[] {"ReportShape."});
        STAGES.put("plan's own words (PlanWords)", new String[] {"PlanWords."});
        STAGES.put("ranking + traces (Evaluator.rank/summary)", new String[] {"Evaluator.rank", "Evaluator.summary", "Evaluator.gather", "Evaluator.signsOf", "Severity."});
        STAGES.put("session from pool / dispose", new String[] {"Ruleset.newSession", "KieSessionsPool", "StatefulKnowledgeSessionImpl.dispose", "StatefulKnowledgeSessionImpl.reset", "KieSession.dispose"});
        STAGES.put("fact insertion (incl. thresholds)", new String[] {".insert("});
        STAGES.put("rule firing (fireAllRules)", new String[] {"fireAllRules"});
        STAGES.put("collect held facts (getObjects)", new String[] {"getObjects", "Evaluator$Held"});
        STAGES.put("serialisation", new String[] {"io.micronaut.serde", "io.micronaut.json", "JsonGenerator", "EvaluationJson"});
        STAGES.put("evaluator other", new String[] {"org.scalingadvisor.evaluation."});
        STAGES.put("controller other", new String[] {"org.scalingadvisor.api."});
        STAGES.put("HTTP (Netty, Micronaut)", new String[] {"io.netty", "io.micronaut"});
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Map<String, Integer> stages = new HashMap<>();
        Map<String, Integer> top = new HashMap<>();
        List<String> stack = null;
        int total = 0;
        for (String line; (line = in.readLine()) != null; ) {
            String t = line.trim();
            if (t.startsWith("stackTrace = [")) {
                stack = new ArrayList<>();
            } else if (stack != null && t.equals("]")) {
                total++;
                String stage = "other (JVM, JIT, threads)";
                found:
                for (Map.Entry<String, String[]> e : STAGES.entrySet()) {
                    for (String frame : stack) {
                        for (String pattern : e.getValue()) {
                            if (frame.contains(pattern) && !frame.contains("Timed") && !frame.contains("record(Runnable)") && !frame.contains("lambda$wrap")) { // executor wrappers, not metrics work
                                stage = e.getKey();
                                break found;
                            }
                        }
                    }
                }
                stages.merge(stage, 1, Integer::sum);
                if (!stack.isEmpty()) {
                    top.merge(stack.get(0).replaceAll(" line: \\d+.*", ""), 1, Integer::sum);
                }
                stack = null;
            } else if (stack != null && !t.equals("...")) {
                stack.add(t);
            }
        }
        System.out.printf("%d CPU samples (Java threads)%n", total);
        final int n = Math.max(total, 1);
        stages.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / n, e.getKey()));
        System.out.println("hottest frames (self):");
        top.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / n, e.getKey()));
    }
}
