package org.scalingadvisor.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The policies of a rules folder ({@code policies/*.yml}), by name. They load with the rules and pass
 * the same gate: a question a policy names must be a GAP rule, or a knowledge id some GAP rule cites.
 */
public final class Policies {

    /** The folder inside the rules folder that holds one file per policy. */
    public static final String FOLDER = "policies";

    private final Map<String, Policy> byName;

    private Policies(Map<String, Policy> byName) {
        this.byName = byName;
    }

    /** Every policy, ordered by name. */
    public Collection<Policy> all() {
        return byName.values();
    }

    public Optional<Policy> named(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public Set<String> names() {
        return byName.keySet();
    }

    static boolean isPolicyFile(String relative) {
        return relative.startsWith(FOLDER + "/") && relative.indexOf('/', FOLDER.length() + 1) < 0
                && (relative.endsWith(".yml") || relative.endsWith(".yaml"));
    }

    /** Reads every policy file; what can be checked without the rules is checked here. */
    static List<PolicyReader.Draft> read(RulesFolder folder, List<Path> files, KnowledgeCatalogue knowledge, List<RuleProblem> problems) {
        List<PolicyReader.Draft> drafts = new ArrayList<>();
        for (Path file : files) {
            String relative = folder.relative(file);
            if (!isPolicyFile(relative)) {
                if (relative.startsWith(FOLDER + "/") && !relative.endsWith(".md")) {
                    problems.add(new RuleProblem(relative, 0, "is not a policy: a policy is a .yml file directly in "
                            + FOLDER + "/ (notes may be .md)"));
                }
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                problems.add(new RuleProblem(relative, 0, "is not UTF-8 text; save it as UTF-8"));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PolicyReader.Draft draft = PolicyReader.read(relative, text, knowledge, problems);
            if (draft != null) {
                drafts.add(draft);
            }
        }
        return drafts;
    }

    /** Checks the questions each policy names against the compiled rules, and returns the policies by name. */
    static Policies resolve(List<PolicyReader.Draft> drafts, List<RuleInfo> rules, List<RuleProblem> problems) {
        Map<String, RuleInfo> byId = rules.stream().collect(Collectors.toMap(RuleInfo::ruleId, r -> r, (a, b) -> a));
        Set<String> citedByQuestions = rules.stream().filter(r -> Kind.GAP.equals(r.kind()))
                .flatMap(r -> r.refs().stream()).collect(Collectors.toSet());
        Map<String, Policy> byName = new LinkedHashMap<>();
        drafts.stream().sorted(java.util.Comparator.comparing(d -> d.policy().file())).forEach(draft -> {
            Policy policy = draft.policy();
            draft.questionLines().forEach((question, line) -> {
                RuleInfo rule = byId.get(question);
                if (rule != null && !Kind.GAP.equals(rule.kind())) {
                    problems.add(new RuleProblem(policy.file(), line, "'" + question + "' is a " + rule.kind()
                            + " rule, not a question (GAP); unansweredQuestions names GAP rules or knowledge ids"));
                } else if (rule == null && !citedByQuestions.contains(question)) {
                    boolean lowerCase = question.equals(question.toLowerCase());
                    problems.add(new RuleProblem(policy.file(), line, lowerCase
                            ? "'" + question + "' is not the id of any rule; unansweredQuestions names GAP rules (gap.funding …) or knowledge ids"
                            : "'" + question + "' is not a knowledge id any question (GAP rule) cites, so it could never fail a plan;"
                            + " the ids questions cite are " + String.join(", ", new java.util.TreeSet<>(citedByQuestions))));
                }
            });
            if (policy.name() == null) {
                return;
            }
            Policy clash = byName.putIfAbsent(policy.name(), policy);
            if (clash != null) {
                problems.add(new RuleProblem(policy.file(), 0, "another policy is already named '" + policy.name() + "' ("
                        + clash.file() + ")"));
            }
        });
        Map<String, Policy> sorted = new java.util.TreeMap<>(byName);
        return new Policies(java.util.Collections.unmodifiableMap(sorted));
    }
}
