package org.scalingadvisor.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where each rule of a DRL file starts and ends, and on which line each metadata key is,
 * so convention problems and the rule catalogue can point at a line. Drools does the real parsing.
 */
final class DrlScanner {

    /** A rule's name, package, first and last line, its source text, and the line of each metadata key. */
    record ScannedRule(String packageName, String name, int line, int endLine, String text, Map<String, Integer> metadataLines) {
    }

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");
    private static final Pattern METADATA = Pattern.compile("^\\s*@([A-Za-z][\\w-]*)");

    private DrlScanner() {
    }

    static List<ScannedRule> scan(String text) {
        List<ScannedRule> rules = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        String pkg = "";
        int i = 0;
        while (i < lines.length) {
            Matcher p = PACKAGE.matcher(lines[i]);
            if (p.matches()) {
                pkg = p.group(1);
            }
            Matcher r = RULE.matcher(lines[i]);
            if (!r.find()) {
                i++;
                continue;
            }
            String name = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
            int start = i;
            Map<String, Integer> metadataLines = new HashMap<>();
            boolean inBody = false;
            while (i < lines.length && !END.matcher(lines[i]).matches()) {
                if (lines[i].trim().equals("when") || lines[i].trim().startsWith("when ")) {
                    inBody = true;
                }
                Matcher m = METADATA.matcher(lines[i]);
                if (!inBody && m.find()) {
                    metadataLines.putIfAbsent(m.group(1), i + 1);
                }
                i++;
            }
            int end = Math.min(i, lines.length - 1);
            rules.add(new ScannedRule(pkg, name, start + 1, end + 1,
                    String.join("\n", java.util.Arrays.asList(lines).subList(start, end + 1)), metadataLines));
            i++;
        }
        return rules;
    }
}
