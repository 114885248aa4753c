package org.scalingadvisor.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the pipe tables of a Markdown data file, keeping each row's line number for error messages. */
final class MarkdownTables {

    /** A table: its header cells (lower case) and its rows. */
    record Table(List<String> header, List<Row> rows) {
    }

    /** A row of cells and the 1-based line it is on. */
    record Row(int line, List<String> cells) {
    }

    private MarkdownTables() {
    }

    static List<Table> parse(String text) {
        List<Table> tables = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        Table current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (!line.startsWith("|")) {
                current = null;
                continue;
            }
            List<String> cells = cells(line);
            if (current == null) {
                current = new Table(cells.stream().map(String::toLowerCase).toList(), new ArrayList<>());
                tables.add(current);
            } else if (!cells.stream().allMatch(c -> c.matches(":?-{3,}:?"))) {
                current.rows().add(new Row(i + 1, cells));
            }
        }
        return tables;
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1);
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
    }
}
