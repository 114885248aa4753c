package org.scalingadvisor.facts;

import org.kie.api.runtime.rule.RuleContext;

import java.util.Map;

/**
 * The one consequence every rule uses: {@code then conclude(kcontext);}. It turns the rule's
 * metadata into the fact later rules match on; the engine builds the advice and its trace.
 */
public final class Conclude {

    private Conclude() {
    }

    /** Inserts the Finding or Advice named by the firing rule's {@code @id} and {@code @kind}. */
    public static void conclude(RuleContext kcontext) {
        Map<String, Object> meta = kcontext.getRule().getMetaData();
        String id = MetadataValues.text(meta.get("id"));
        String kind = MetadataValues.text(meta.get("kind"));
        if ("PRIORITY".equals(kind)) {
            return;
        }
        Object fact = "FINDING".equals(kind) ? new Finding(id) : new Advice(id, kind, MetadataValues.list(meta.get("refs")));
        kcontext.getKieRuntime().insert(fact);
    }

}
