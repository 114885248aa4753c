package org.scalingadvisor.ruleset;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The knowledge catalogue kept in the rules folder: the source documents and the items rules cite. */
public final class KnowledgeCatalogue {

    /** A source document. */
    @Serdeable
    public record Source(String id, String document) {
    }

    /** A knowledge item with its stable id. */
    @Serdeable
    public record Item(String id, String title, String sourceId, String section, String summary) {
    }

    private static final String ID_PATTERN = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)*(\\.[0-9]+)?";

    private final Map<String, Source> sources;
    private final Map<String, Item> items;

    private KnowledgeCatalogue(Map<String, Source> sources, Map<String, Item> items) {
        this.sources = sources;
        this.items = items;
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public List<Item> items() {
        return List.copyOf(items.values());
    }

    public boolean hasItem(String id) {
        return items.containsKey(id);
    }

    public boolean hasSource(String id) {
        return sources.containsKey(id);
    }

    /** Reads the catalogue from its Markdown text, adding every problem found to {@code problems}. */
    static KnowledgeCatalogue parse(String file, String text, List<RuleProblem> problems) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, Item> items = new LinkedHashMap<>();
        List<MarkdownTables.Table> itemTables = new ArrayList<>();
        for (MarkdownTables.Table table : MarkdownTables.parse(text)) {
            List<String> header = table.header();
            if (header.size() >= 2 && header.get(0).equals("source") && header.get(1).equals("document")) {
                for (MarkdownTables.Row row : table.rows()) {
                    String id = row.cells().get(0);
                    if (id.isEmpty() || row.cells().size() < 2 || row.cells().get(1).isEmpty()) {
                        problems.add(new RuleProblem(file, row.line(), "a source needs an id and a document name"));
                    } else if (sources.putIfAbsent(id, new Source(id, row.cells().get(1))) != null) {
                        problems.add(new RuleProblem(file, row.line(), "source " + id + " is listed twice"));
                    }
                }
            } else if (header.equals(List.of("id", "source", "section", "title", "summary"))) {
                itemTables.add(table);
            }
        }
        if (itemTables.isEmpty()) {
            problems.add(new RuleProblem(file, 0,
                    "no items table found: it needs the header | id | source | section | title | summary |"));
        }
        for (MarkdownTables.Table table : itemTables) {
            for (MarkdownTables.Row row : table.rows()) {
                List<String> c = row.cells();
                if (c.size() != 5 || c.stream().anyMatch(String::isEmpty)) {
                    problems.add(new RuleProblem(file, row.line(),
                            "an item needs all five cells (id, source, section, title, summary) filled in; found "
                                    + c.size() + " cells"));
                    continue;
                }
                String id = c.get(0);
                if (!id.matches(ID_PATTERN)) {
                    problems.add(new RuleProblem(file, row.line(),
                            "item id '" + id + "' should look like MYTH-1, MECH-1.2 or SCIE-I04 (capitals, digits, dashes)"));
                }
                if (!sources.containsKey(c.get(1))) {
                    problems.add(new RuleProblem(file, row.line(),
                            "item " + id + " names source '" + c.get(1) + "', which is not in the sources table "
                                    + sources.keySet()));
                }
                if (items.putIfAbsent(id, new Item(id, c.get(3), c.get(1), c.get(2), c.get(4))) != null) {
                    problems.add(new RuleProblem(file, row.line(), "item " + id + " is listed twice"));
                }
            }
        }
        return new KnowledgeCatalogue(sources, items);
    }
}
