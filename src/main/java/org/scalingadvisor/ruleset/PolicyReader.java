package org.scalingadvisor.ruleset;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one policy file (YAML) into a {@link Policy}, reporting every mistake at its file and line.
 * Only the YAML node tree is built (no objects are constructed from tags), so a file can hold data and nothing else.
 */
final class PolicyReader {

    static final List<String> VERDICTS = List.of("NEEDS_WORK", "NOT_READY");
    static final List<String> BANDS = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW");
    private static final List<String> TOP_KEYS = List.of("name", "description", "rationale", "failWhen");
    private static final List<String> CRITERIA = List.of("verdicts", "itemsInBand", "myths", "unansweredQuestions");
    private static final String NAME_PATTERN = "[a-z][a-z0-9-]{0,39}";

    /** A policy read from its file, with the line of each question it names (checked once the rules are known). */
    record Draft(Policy policy, Map<String, Integer> questionLines) {
    }

    private final String file;
    private final List<RuleProblem> problems;
    private final KnowledgeCatalogue knowledge;

    private PolicyReader(String file, KnowledgeCatalogue knowledge, List<RuleProblem> problems) {
        this.file = file;
        this.knowledge = knowledge;
        this.problems = problems;
    }

    /** Reads {@code text}, the content of {@code file} (relative to the rules folder); null when it is not YAML key: value lines. */
    static Draft read(String file, String text, KnowledgeCatalogue knowledge, List<RuleProblem> problems) {
        return new PolicyReader(file, knowledge, problems).read(text);
    }

    private Draft read(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(10);
        options.setAllowRecursiveKeys(false);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() == null ? "cannot be read" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.add(new RuleProblem(file, mark == null ? 0 : mark.getLine() + 1, "YAML syntax error: " + what + context
                    + "; check the indentation and the ':' after each key"));
            return null;
        } catch (YAMLException e) {
            problems.add(new RuleProblem(file, 0, "YAML cannot be read: " + e.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(new RuleProblem(file, root == null ? 0 : line(root),
                    "a policy is a set of 'key: value' lines: name, description, rationale and failWhen"));
            return null;
        }
        Map<String, NodeTuple> top = keys(map, TOP_KEYS, "a policy");
        String name = text(top, "name", map);
        String description = text(top, "description", map);
        String rationale = text(top, "rationale", map);
        String expected = expectedName();
        if (name != null && !name.matches(NAME_PATTERN)) {
            problems.add(new RuleProblem(file, line(top.get("name")), "name '" + name
                    + "' should be lower case letters, digits and dashes, at most 40 characters (tools send it as ?policy=)"));
        } else if (name != null && !name.equals(expected)) {
            problems.add(new RuleProblem(file, line(top.get("name")), "name '" + name + "' must match the file name ('"
                    + expected + "'), so the policy is easy to find"));
        }
        Map<String, Integer> questionLines = new LinkedHashMap<>();
        Policy.Criteria criteria = criteria(top.get("failWhen"), map, questionLines);
        // With problems the load fails anyway; the draft still goes on so its questions are checked in the same pass.
        return new Draft(new Policy(name, description, rationale, file, criteria), questionLines);
    }

    private String expectedName() {
        String base = file.substring(file.lastIndexOf('/') + 1);
        return base.substring(0, base.lastIndexOf('.'));
    }

    private Policy.Criteria criteria(NodeTuple tuple, MappingNode parent, Map<String, Integer> questionLines) {
        if (tuple == null) {
            problems.add(new RuleProblem(file, line(parent), "missing failWhen: say which of " + String.join(", ", CRITERIA)
                    + " make a submission FAIL"));
            return null;
        }
        if (!(tuple.getValueNode() instanceof MappingNode map)) {
            problems.add(new RuleProblem(file, line(tuple), "failWhen holds criteria as 'key: value' lines: "
                    + String.join(", ", CRITERIA)));
            return null;
        }
        Map<String, NodeTuple> given = keys(map, CRITERIA, "failWhen");
        if (given.isEmpty()) {
            problems.add(new RuleProblem(file, line(tuple), "failWhen names no criterion, so nothing would ever fail: use "
                    + String.join(", ", CRITERIA)));
        }
        List<String> verdicts = new ArrayList<>();
        for (Item item : list(given.get("verdicts"))) {
            if (!VERDICTS.contains(item.value())) {
                problems.add(new RuleProblem(file, item.line(), "verdict '" + item.value() + "' cannot fail a plan; use "
                        + String.join(" or ", VERDICTS) + (item.value().equals("READY") ? " (READY means nothing is wrong)" : "")));
            } else {
                verdicts.add(item.value());
            }
        }
        Map<String, Integer> bands = bands(given.get("itemsInBand"));
        List<String> myths = myths(given.get("myths"));
        List<String> questions = new ArrayList<>();
        for (Item item : list(given.get("unansweredQuestions"))) {
            questions.add(item.value());
            questionLines.put(item.value(), item.line());
        }
        return new Policy.Criteria(List.copyOf(verdicts), bands, List.copyOf(myths), List.copyOf(questions));
    }

    private Map<String, Integer> bands(NodeTuple tuple) {
        Map<String, Integer> bands = new LinkedHashMap<>();
        if (tuple == null) {
            return bands;
        }
        if (!(tuple.getValueNode() instanceof MappingNode map)) {
            problems.add(new RuleProblem(file, line(tuple), "itemsInBand holds 'BAND: number' lines, e.g. 'CRITICAL: 1'"));
            return bands;
        }
        for (NodeTuple entry : map.getValue()) {
            String band = scalar(entry.getKeyNode());
            String count = scalar(entry.getValueNode());
            if (band == null || !BANDS.contains(band)) {
                problems.add(new RuleProblem(file, line(entry), "unknown band '" + band + "'; the bands are "
                        + String.join(", ", BANDS)));
            } else if (count == null || !count.matches("[1-9][0-9]{0,3}")) {
                problems.add(new RuleProblem(file, line(entry.getValueNode()), band + " needs a whole number from 1 up:"
                        + " how many " + band + " items fail a plan"));
            } else if (bands.put(band, Integer.parseInt(count)) != null) {
                problems.add(new RuleProblem(file, line(entry), band + " is given twice"));
            }
        }
        return bands;
    }

    private List<String> myths(NodeTuple tuple) {
        if (tuple == null) {
            return List.of();
        }
        List<String> all = knowledge.items().stream().map(KnowledgeCatalogue.Item::id).filter(id -> id.startsWith("MYTH-")).toList();
        if ("any".equals(scalar(tuple.getValueNode()))) {
            return all;
        }
        List<String> myths = new ArrayList<>();
        for (Item item : list(tuple)) {
            if (!all.contains(item.value())) {
                problems.add(new RuleProblem(file, item.line(), "'" + item.value() + "' is not a myth in knowledge.md; the myths are "
                        + String.join(", ", all) + " (or write 'myths: any')"));
            } else {
                myths.add(item.value());
            }
        }
        return myths;
    }

    private record Item(String value, int line) {
    }

    /** The values of a list criterion; one value alone is read as a list of one. */
    private List<Item> list(NodeTuple tuple) {
        if (tuple == null) {
            return List.of();
        }
        Node value = tuple.getValueNode();
        List<Node> nodes = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        List<Item> items = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        String key = scalar(tuple.getKeyNode());
        for (Node node : nodes) {
            String text = scalar(node);
            if (text == null || text.isBlank()) {
                problems.add(new RuleProblem(file, line(node), key + " lists plain values, one per '- ' line"));
            } else if (!seen.add(text)) {
                problems.add(new RuleProblem(file, line(node), key + " lists '" + text + "' twice"));
            } else {
                items.add(new Item(text.trim(), line(node)));
            }
        }
        return items;
    }

    /** The mapping's keys, each checked against {@code allowed}. */
    private Map<String, NodeTuple> keys(MappingNode map, List<String> allowed, String where) {
        Map<String, NodeTuple> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (key == null || !allowed.contains(key)) {
                problems.add(new RuleProblem(file, line(tuple), "unknown key '" + key + "' in " + where + suggestion(key, allowed)
                        + "; the keys are " + String.join(", ", allowed)));
            } else if (keys.putIfAbsent(key, tuple) != null) {
                problems.add(new RuleProblem(file, line(tuple), key + " is given twice"));
            }
        }
        return keys;
    }

    private static String suggestion(String key, List<String> allowed) {
        if (key == null) {
            return "";
        }
        return allowed.stream().filter(a -> a.equalsIgnoreCase(key) || a.toLowerCase().startsWith(key.toLowerCase().substring(0,
                Math.min(4, key.length())))).findFirst().map(a -> " (did you mean " + a + "?)").orElse("");
    }

    private String text(Map<String, NodeTuple> keys, String key, MappingNode parent) {
        NodeTuple tuple = keys.get(key);
        String value = tuple == null ? null : scalar(tuple.getValueNode());
        if (value == null || value.isBlank()) {
            problems.add(new RuleProblem(file, tuple == null ? line(parent) : line(tuple), (tuple == null ? "missing " : "empty ")
                    + key + ": every policy needs a name, a description and a rationale in plain words"));
            return null;
        }
        return value.strip();
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : null;
    }

    private static int line(NodeTuple tuple) {
        return line(tuple.getKeyNode());
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
