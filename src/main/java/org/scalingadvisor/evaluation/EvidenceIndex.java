package org.scalingadvisor.evaluation;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pointers of one evaluation's trace, sorted into document order once and numbered, so that an
 * item's evidence (its own and that of everything it builds on) is a union of bit sets and comes
 * out already in order, instead of merging and sorting strings for every item.
 */
final class EvidenceIndex {

    private final String[] pointers;
    private final Map<String, Integer> numberOf;
    private final Map<FiringTrace.Conclusion, BitSet[]> bitsOf = new IdentityHashMap<>();
    private final Map<String, FiringTrace.Conclusion> conclusions;
    private final Set<String> held;

    /** {@code held}: ids of the conclusions still held when the rules settled; only those pass evidence on. */
    EvidenceIndex(Map<String, FiringTrace.Conclusion> conclusions, Set<String> held) {
        this.conclusions = conclusions;
        this.held = held;
        Set<String> all = new HashSet<>();
        for (FiringTrace.Conclusion c : conclusions.values()) {
            if (held.contains(c.rule.ruleId())) { // only held conclusions are gathered
                all.addAll(c.evidence);
                all.addAll(c.missing);
            }
        }
        this.pointers = Pointers.sorted(all).toArray(new String[0]);
        this.numberOf = new HashMap<>(pointers.length * 2);
        for (int i = 0; i < pointers.length; i++) {
            numberOf.put(pointers[i], i);
        }
    }

    /**
     * Adds to {@code evidence} and {@code missing} what {@code c}, and the held conclusions it was derived
     * from, matched. {@code c} must be held itself: only held conclusions' pointers are numbered.
     */
    void gather(FiringTrace.Conclusion c, BitSet evidence, BitSet missing, Set<String> seen) {
        if (!held.contains(c.rule.ruleId())) {
            throw new IllegalArgumentException(c.rule.ruleId() + " is not held: its evidence is not part of the trace");
        }
        if (!seen.add(c.rule.ruleId())) {
            return;
        }
        BitSet[] bits = bitsOf.computeIfAbsent(c, k -> new BitSet[] {bits(k.evidence), bits(k.missing)});
        evidence.or(bits[0]);
        missing.or(bits[1]);
        for (String from : c.derivedFrom) {
            FiringTrace.Conclusion source = conclusions.get(from);
            if (source != null && held.contains(from)) {
                gather(source, evidence, missing, seen);
            }
        }
    }

    /** The pointers numbered in {@code bits}, in document order. */
    List<String> pointers(BitSet bits) {
        String[] out = new String[bits.cardinality()];
        int n = 0;
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            out[n++] = pointers[i];
        }
        return List.of(out);
    }

    private BitSet bits(Collection<String> of) {
        BitSet bits = new BitSet(pointers.length);
        for (String pointer : of) {
            bits.set(numberOf.get(pointer));
        }
        return bits;
    }
}
