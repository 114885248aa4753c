package org.scalingadvisor.ruleset;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.runtime.KieContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiles and checks a rules folder. Either every file compiles and every convention holds, and a
 * {@link Ruleset} comes back, or nothing does and every problem comes back as file:line: message.
 */
public final class RulesetCompiler {

    /** The KieBase property that lets rules with the same leading conditions share their join nodes. */
    static final String SHARE_BETA_NODES = "drools.shareBetaNodes";


    static {
        // Without this Drools lets a second rule of the same name silently replace the first.
        System.setProperty("drools.kbuilder.severity.duplicateRule", "ERROR");
        // Every consequence is the one call conclude(kcontext) (RuleSafety allows nothing else). Compiled as
        // Java it is a direct call; MVEL resolved it by reflection on every firing, about 5 % of the engine's
        // time per evaluation (docs/performance.md, 5 Dec 2026), for a few hundred ms more per build.
        System.setProperty("drools.dialect.default", "java");
    }

    private static final AtomicLong BUILDS = new AtomicLong();

    /**
     * The last step of the gate: runs a compiled rule set that follows the conventions (on the
     * sample plans, with a time budget) and returns a problem for each rule that throws, keeps
     * re-firing or runs over budget. An empty list lets the rule set be served.
     */
    @FunctionalInterface
    public interface Trial {
        List<RuleProblem> exercise(Ruleset ruleset);
    }

    private final Trial trial;
    private final boolean shareJoinNodes;

    /** A compiler without the trial run (tests of compiling alone). */
    public RulesetCompiler() {
        this(null);
    }

    public RulesetCompiler(Trial trial) {
        this(trial, false);
    }

    private RulesetCompiler(Trial trial, boolean shareJoinNodes) {
        this.trial = trial;
        this.shareJoinNodes = shareJoinNodes;
    }

    /**
     * This compiler with Drools' default of rules sharing join nodes, under which a moved session can loop inside the
     * engine: only for the tests of what stops such a loop (OutcomeSession's watchdog, the gate's moved-session trial).
     */
    public RulesetCompiler sharingJoinNodes() {
        return new RulesetCompiler(trial, true);
    }

    /** What a load produced: a ruleset, or the problems that stopped it. */
    public record Outcome(String version, Ruleset ruleset, List<RuleProblem> problems) {

        public boolean ok() {
            return ruleset != null;
        }
    }

    /** Compiles the folder; never throws for a trainer's mistake. */
    public Outcome compile(Path dir) {
        List<RuleProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new RuleProblem(dir.toString(), 0, "the rules folder does not exist"));
            return new Outcome("", null, problems);
        }
        RulesFolder folder = new RulesFolder(dir);
        String version = folder.version();
        RulesFolder.Listing listing = folder.list();
        problems.addAll(listing.problems());
        // Every file is read once, here: what is compiled is exactly what is archived under the content hash.
        Sources sources = Sources.read(folder, listing.files());
        KnowledgeCatalogue knowledge = KnowledgeCatalogue.parse(RulesFolder.KNOWLEDGE_FILE,
                readData(folder, listing, sources, RulesFolder.KNOWLEDGE_FILE, problems), problems);
        CategoryTable categories = CategoryTable.parse(RulesFolder.CATEGORIES_FILE,
                readData(folder, listing, sources, RulesFolder.CATEGORIES_FILE, problems), problems);
        Thresholds thresholds = Thresholds.parse(RulesFolder.THRESHOLDS_FILE,
                readData(folder, listing, sources, RulesFolder.THRESHOLDS_FILE, problems), problems);
        List<PolicyReader.Draft> policyDrafts = Policies.read(folder, listing.files(), knowledge, problems);

        List<RuleProblem> unsafe = new ArrayList<>();
        Map<String, String> kiePathToFile = new HashMap<>();
        Map<String, DrlScanner.ScannedRule> scanned = new HashMap<>();
        Map<String, String> fileOfRule = new HashMap<>();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.scalingadvisor.rules", "ruleset",
                "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        List<Path> drlFiles = listing.files().stream().filter(p -> p.getFileName().toString().endsWith(".drl")).toList();
        if (drlFiles.isEmpty()) {
            problems.add(new RuleProblem(".", 0, "the rules folder holds no .drl files"));
        }
        for (Path file : drlFiles) {
            String relative = folder.relative(file);
            String text = sources.text(relative);
            String compilable = RuleSafety.check(relative, text, thresholds.values().keySet(), unsafe);
            List<DrlScanner.ScannedRule> rules = DrlScanner.scan(text);
            String pkg = rules.isEmpty() ? "rules" : rules.get(0).packageName();
            // Drools wants a file's folder to match its package, so sub-folders are flattened into the name.
            String kiePath = (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + relative.replace("/", "__");
            kiePathToFile.put(kiePath, relative);
            for (DrlScanner.ScannedRule rule : rules) {
                scanned.putIfAbsent(rule.packageName() + "\u0000" + rule.name(), rule);
                fileOfRule.putIfAbsent(rule.packageName() + "\u0000" + rule.name(), relative);
            }
            kfs.write("src/main/resources/" + kiePath, compilable);
        }
        problems.addAll(unsafe);
        KieBase kieBase = null;
        // A file that does what rules may not is never compiled: compiling can already run code.
        if (!drlFiles.isEmpty() && unsafe.isEmpty()) {
            KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
            for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
                String file = kiePathToFile.getOrDefault(stripResources(message.getPath()), message.getPath());
                DroolsMessages.translate(message.getText())
                        .ifPresent(text -> problems.add(new RuleProblem(file, message.getLine(), text)));
            }
            if (!builder.getResults().hasMessages(Message.Level.ERROR)) {
                KieContainer container = ks.newKieContainer(releaseId);
                KieBaseConfiguration configuration = ks.newKieBaseConfiguration();
                configuration.setOption(EqualityBehaviorOption.EQUALITY);
                // Rules share no join nodes: on Drools 10.2 a session moved from one plan's facts to another's (the
                // what-ifs) could loop for ever propagating through a shared segment (RuleNetworkEvaluatorImpl.
                // processPeerInserts), with no rule firing to stop it (MovedSessionSettlesTest). Measured no slower.
                configuration.setProperty(SHARE_BETA_NODES, Boolean.toString(shareJoinNodes));
                kieBase = container.newKieBase(configuration);
            }
            ks.getRepository().removeKieModule(releaseId);
        }
        if (kieBase == null) {
            return new Outcome(version, null, sorted(problems));
        }
        List<RuleInfo> infos = new ArrayList<>();
        Map<String, String> drlById = new HashMap<>();
        RuleConventions conventions = new RuleConventions(knowledge, problems);
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String key = rule.getPackageName() + "\u0000" + rule.getName();
                DrlScanner.ScannedRule scan = scanned.get(key);
                RuleInfo info = conventions.check(rule.getName(), fileOfRule.getOrDefault(key, "?"), scan, rule.getMetaData());
                infos.add(info);
                if (scan != null) {
                    drlById.putIfAbsent(info.ruleId(), scan.text());
                }
            }
        }
        conventions.checkCatalogueCited(infos);
        Policies policies = Policies.resolve(policyDrafts, infos, problems);
        if (!problems.isEmpty()) {
            return new Outcome(version, null, sorted(problems));
        }
        infos.sort(Comparator.comparing(RuleInfo::ruleId));
        FieldReads reads = FieldReads.of(drlFiles.stream().map(file -> sources.text(folder.relative(file))).toList(), categories.claims());
        Ruleset ruleset = new Ruleset(version, Instant.now(), kieBase, infos, drlById, knowledge, categories, thresholds, policies,
                sources, reads);
        if (trial != null) {
            List<RuleProblem> failures = trial.exercise(ruleset);
            if (!failures.isEmpty()) {
                return new Outcome(version, null, sorted(failures));
            }
        }
        return new Outcome(version, ruleset, List.of());
    }

    private static String stripResources(String path) {
        String prefix = "src/main/resources/";
        return path != null && path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private static List<RuleProblem> sorted(List<RuleProblem> problems) {
        return problems.stream()
                .distinct()
                .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line).thenComparing(RuleProblem::message))
                .toList();
    }

    private static String readData(RulesFolder folder, RulesFolder.Listing listing, Sources sources, String name,
                                   List<RuleProblem> problems) {
        Path file = folder.root().resolve(name);
        if (!listing.files().contains(file)) {
            if (listing.problems().stream().noneMatch(p -> p.file().equals(name))) {
                problems.add(new RuleProblem(name, 0, "this data file is missing from the rules folder"));
            }
            return "";
        }
        if (!Files.isRegularFile(file)) {
            problems.add(new RuleProblem(name, 0, "this data file is missing from the rules folder"));
            return "";
        }
        return sources.text(name);
    }
}
