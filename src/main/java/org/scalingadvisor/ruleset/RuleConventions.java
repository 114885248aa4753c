package org.scalingadvisor.ruleset;

import org.scalingadvisor.facts.MetadataValues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The trainers' conventions for rule metadata, checked on every load. Each broken convention is
 * reported at the line of the rule or of the metadata key concerned.
 */
final class RuleConventions {

    static final Set<String> KEYS = Set.of("id", "kind", "refs", "source", "title", "message", "audience",
            "base", "points", "reason", "description",
            "myth", "weight", "core", "critical");
    private static final String ID_PATTERN = "[a-z0-9]+([.-][a-z0-9]+)*";

    private final KnowledgeCatalogue knowledge;
    private final List<RuleProblem> problems;
    private final Map<String, String> firstUseOfId = new HashMap<>();

    RuleConventions(KnowledgeCatalogue knowledge, List<RuleProblem> problems) {
        this.knowledge = knowledge;
        this.problems = problems;
    }

    /** Checks one compiled rule's metadata and returns what the catalogue shows of it. */
    RuleInfo check(String name, String file, DrlScanner.ScannedRule scan, Map<String, Object> metadata) {
        int ruleLine = scan == null ? 0 : scan.line();
        Located at = key -> scan == null ? 0 : scan.metadataLines().getOrDefault(key, ruleLine);
        for (String key : new TreeSet<>(metadata.keySet())) {
            if (!KEYS.contains(key)) {
                problem(file, at.line(key), "rule \"" + name + "\": unknown metadata @" + key + suggestion(key)
                        + "; the keys are " + new TreeSet<>(KEYS));
            }
        }
        String id = MetadataValues.text(metadata.get("id"));
        if (id.isEmpty()) {
            problem(file, ruleLine, "rule \"" + name + "\" has no @id: add a stable id such as @id(myth-1.informational-spread)");
            id = "(no id: " + name + ")";
        } else if (!id.matches(ID_PATTERN)) {
            problem(file, at.line("id"), "rule \"" + name + "\": @id(" + id
                    + ") must be lower case letters and digits separated by dots or dashes");
        } else if (firstUseOfId.containsKey(id)) {
            problem(file, at.line("id"), "rule \"" + name + "\": @id(" + id + ") is already used by " + firstUseOfId.get(id)
                    + "; every rule needs its own id");
        } else {
            firstUseOfId.put(id, "rule \"" + name + "\" in " + file + (ruleLine > 0 ? ":" + ruleLine : ""));
        }
        String kind = MetadataValues.text(metadata.get("kind"));
        if (!Kind.ALL.contains(kind)) {
            problem(file, kind.isEmpty() ? ruleLine : at.line("kind"), "rule \"" + name + "\": "
                    + (kind.isEmpty() ? "no @kind" : "@kind(" + kind + ") is not a kind") + "; use one of " + Kind.ALL);
        }
        List<String> refs = MetadataValues.list(metadata.get("refs"));
        for (String ref : refs) {
            if (!knowledge.hasItem(ref)) {
                problem(file, at.line("refs"), "rule \"" + name + "\": @refs names " + ref
                        + ", which is not an id in knowledge.md");
            }
        }
        List<SourceRef> sources = sources(name, file, at.line("source"), metadata.get("source"));
        if (sources.isEmpty()) {
            problem(file, ruleLine, "rule \"" + name + "\" has no @source: cite the document and section, e.g. @source(ALBURY, Myth 4)");
        }
        List<String> audiences = MetadataValues.list(metadata.get("audience"));
        for (String audience : audiences) {
            if (!Kind.AUDIENCES.contains(audience)) {
                problem(file, at.line("audience"), "rule \"" + name + "\": audience " + audience + " is not one of " + Kind.AUDIENCES);
            }
        }
        String title = MetadataValues.text(metadata.get("title"));
        String myth = MetadataValues.text(metadata.get("myth"));
        String message = MetadataValues.text(metadata.get("message")).replaceAll("\\s+", " ");
        String reason = MetadataValues.text(metadata.get("reason")).replaceAll("\\s+", " ");
        int base = 0;
        int points = 0;
        if (Kind.ADVICE_KINDS.contains(kind)) {
            if (refs.isEmpty()) {
                problem(file, ruleLine, "rule \"" + name + "\" gives advice but has no @refs: name the knowledge ids it applies");
            }
            require(name, file, ruleLine, "title", title);
            require(name, file, ruleLine, "message", message);
            if (audiences.isEmpty()) {
                problem(file, ruleLine, "rule \"" + name + "\" gives advice but has no @audience: say who should act, e.g. @audience(INNOVATOR, COMMISSIONER)");
            }
            base = number(name, file, at.line("base"), "base", metadata.get("base"), 0, 100);
        } else if (Kind.SIGN.equals(kind)) {
            if (!myth.matches("MYTH-[1-5]") || !knowledge.hasItem(myth)) {
                problem(file, at.line("myth"), "rule \"" + name + "\" is a SIGN: @myth must name the myth it is a sign of, e.g. @myth(MYTH-3)"
                        + (myth.isEmpty() ? "" : "; '" + myth + "' is not one"));
            }
            require(name, file, ruleLine, "title", title);
            points = number(name, file, at.line("weight"), "weight", metadata.get("weight"), 0, 50);
            trueOrFalse(name, file, at.line("core"), "core", metadata.get("core"));
            trueOrFalse(name, file, at.line("critical"), "critical", metadata.get("critical"));
            if (refs.isEmpty() && !myth.isEmpty()) {
                refs = List.of(myth);
            }
        }
        String critical = MetadataValues.text(metadata.get("critical"));
        boolean mayHoldCritical = Kind.SIGN.equals(kind) || Kind.DIAGNOSIS.equals(kind) || Kind.RECOMMENDATION.equals(kind);
        if (!mayHoldCritical && !critical.isEmpty()) {
            problem(file, at.line("critical"), "rule \"" + name + "\": @critical is for SIGN rules (whether a sign's points count toward CRITICAL),"
                    + " DIAGNOSIS rules (@critical(false): a myth that slows spread but never stops it on its own) and RECOMMENDATION"
                    + " rules (@critical(true): the plan fails a test of scalability outright)");
        } else if (!Kind.SIGN.equals(kind)) {
            trueOrFalse(name, file, at.line("critical"), "critical", metadata.get("critical"));
        }
        // A recommendation may reach CRITICAL only where the plan fails one of Albury's tests of scalability outright:
        // viability (it cites DVF-3: nobody will pay), or a rule that says so (@critical(true)).
        boolean countsTowardCritical = Kind.RECOMMENDATION.equals(kind)
                ? refs.contains("DVF-3") || "true".equals(critical)
                : !mayHoldCritical || !"false".equals(critical);
        if (Kind.PRIORITY.equals(kind)) {
            points = number(name, file, at.line("points"), "points", metadata.get("points"), -50, 50);
            require(name, file, ruleLine, "reason", reason);
        }
        String description = MetadataValues.text(metadata.get("description")).replaceAll("\\s+", " ");
        if (description.isEmpty()) {
            description = !title.isEmpty() ? title : !reason.isEmpty() ? reason : name;
        }
        return new RuleInfo(id, name, kind, file, ruleLine, refs, sources, audiences, title, message, description,
                base, points, reason, Kind.SIGN.equals(kind) ? myth : null,
                "true".equals(MetadataValues.text(metadata.get("core"))),
                countsTowardCritical);
    }

    /** Every catalogue item must be cited by some rule, or it is knowledge the rules do not encode. */
    void checkCatalogueCited(List<RuleInfo> rules) {
        Set<String> cited = new TreeSet<>();
        rules.forEach(r -> cited.addAll(r.refs()));
        List<String> uncited = new ArrayList<>();
        for (KnowledgeCatalogue.Item item : knowledge.items()) {
            if (!cited.contains(item.id())) {
                uncited.add(item.id());
            }
        }
        if (!uncited.isEmpty()) {
            problem(RulesFolder.KNOWLEDGE_FILE, 0, "no rule cites " + String.join(", ", uncited)
                    + ": cite each in some rule's @refs, or remove the item");
        }
    }

    private List<SourceRef> sources(String name, String file, int line, Object value) {
        List<SourceRef> out = new ArrayList<>();
        for (String part : MetadataValues.text(value).split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int comma = part.indexOf(',');
            String sourceId = MetadataValues.text(comma < 0 ? part : part.substring(0, comma));
            String section = comma < 0 ? "" : MetadataValues.text(part.substring(comma + 1));
            if (!knowledge.hasSource(sourceId)) {
                problem(file, line, "rule \"" + name + "\": @source names '" + sourceId
                        + "', which is not a source in knowledge.md " + knowledge.sources().stream().map(KnowledgeCatalogue.Source::id).toList());
            } else if (section.isEmpty()) {
                problem(file, line, "rule \"" + name + "\": @source(" + sourceId + ") needs a section, e.g. @source(" + sourceId + ", Myth 4)");
            }
            out.add(new SourceRef(sourceId, section));
        }
        return out;
    }

    private int number(String name, String file, int line, String key, Object value, int min, int max) {
        String text = MetadataValues.text(value);
        try {
            int n = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
            if (n < min || n > max) {
                problem(file, line, "rule \"" + name + "\": @" + key + "(" + n + ") must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            problem(file, line, "rule \"" + name + "\": " + (text.isEmpty() ? "no @" + key : "@" + key + "(" + text + ") is not a whole number")
                    + "; give a whole number from " + min + " to " + max);
            return 0;
        }
    }

    private void require(String name, String file, int line, String key, String value) {
        if (value.isEmpty()) {
            problem(file, line, "rule \"" + name + "\" has no @" + key);
        }
    }

    /** An optional yes-or-no metadata value: absent, true or false. */
    private void trueOrFalse(String name, String file, int line, String key, Object value) {
        String text = MetadataValues.text(value);
        if (!text.isEmpty() && !text.equals("true") && !text.equals("false")) {
            problem(file, line, "rule \"" + name + "\": @" + key + "(" + text + ") must be true or false");
        }
    }

    private void problem(String file, int line, String message) {
        problems.add(new RuleProblem(file, line, message));
    }

    private static String suggestion(String key) {
        for (String known : KEYS) {
            if (known.startsWith(key) || key.startsWith(known)) {
                return " (did you mean @" + known + "?)";
            }
        }
        return "";
    }

    /** The line of a metadata key, or of the rule when the key is absent. */
    @FunctionalInterface
    private interface Located {
        int line(String key);
    }
}
