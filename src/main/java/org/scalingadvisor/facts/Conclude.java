package org.scalingadvisor.facts;

import org.kie.api.runtime.rule.RuleContext;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one consequence every rule uses: {@code then conclude(kcontext);}. It turns the rule's
 * metadata into the fact later rules match on; the engine builds the advice and its trace.
 *
 * <p>Facts are inserted logically: a conclusion holds only while the conditions that produced it
 * hold. So a gap that fired before the finding that rules it out is withdrawn when the finding
 * arrives, and the result does not depend on the order in which rules happen to fire.
 */
public final class Conclude {

    /** Parsed @refs by their text: the same few hundred values recur on every evaluation. */
    private static final Map<String, List<String>> REFS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 4096;

    private Conclude() {
    }

    /** Inserts the Finding, Sign, Advice or PriorityPoints named by the firing rule's metadata. */
    public static void conclude(RuleContext kcontext) {
        Map<String, Object> meta = kcontext.getRule().getMetaData();
        String id = MetadataValues.text(meta.get("id"));
        String kind = MetadataValues.text(meta.get("kind"));
        switch (kind) {
            case "FINDING" -> kcontext.insertLogical(new Finding(id));
            case "SIGN" -> kcontext.insertLogical(new Sign(id, MetadataValues.text(meta.get("myth")),
                    "true".equals(MetadataValues.text(meta.get("core")))));
            case "PRIORITY" -> {
                for (Object matched : kcontext.getMatch().getObjects()) {
                    if (matched instanceof Advice advice) {
                        kcontext.insertLogical(new PriorityPoints(advice.getRuleId(), id));
                    }
                }
            }
            default -> kcontext.insertLogical(new Advice(id, kind, refs(meta.get("refs"))));
        }
    }

    private static List<String> refs(Object value) {
        String text = value == null ? "" : value.toString();
        List<String> refs = REFS.get(text);
        if (refs == null) {
            if (REFS.size() >= MAX_CACHED) {
                REFS.clear(); // only after thousands of rule edits in one run
            }
            refs = MetadataValues.list(text);
            REFS.put(text, refs);
        }
        return refs;
    }
}
