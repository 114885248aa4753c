package org.scalingadvisor.ruleset;

import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.CompositeObjectSinkAdapter;
import org.drools.core.reteoo.EntryPointNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSinkPropagator;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which facts some rule of a rule set can match, told from its compiled network, not from the rule texts. Where
 * every pattern on a class constrains one field to a literal ({@code Threshold(name == "x")}), Drools hashes those
 * literals at the class's node and passes each fact on only when its field equals one of them: a fact whose value
 * is none of them reaches no node at all, so leaving it out of the session changes nothing the rules do. Any other
 * shape at the class's node (a pattern without such a constraint, a range, a pattern on a supertype, a second
 * entry point) keeps every fact of that class. Built once per rule set; the question is then one hash lookup,
 * asked exactly as Drools asks it.
 */
final class MatchableFacts {

    /** A class whose node passes facts on only through hashed literals of one field. */
    private record Gate(CompositeObjectSinkAdapter.FieldIndex field, Map<CompositeObjectSinkAdapter.HashKey, AlphaNode> literals) {
    }

    private final Map<Class<?>, Gate> gates;

    private MatchableFacts(Map<Class<?>, Gate> gates) {
        this.gates = gates;
    }

    /** Reads the network; anything unexpected in it leaves every fact in (never an error). */
    static MatchableFacts of(KieBase kieBase, Set<Class<?>> candidates) {
        Map<Class<?>, Gate> gates = new HashMap<>();
        try {
            InternalRuleBase base = (InternalRuleBase) kieBase;
            Map<EntryPointId, EntryPointNode> entryPoints = base.getRete().getEntryPointNodes();
            EntryPointNode main = entryPoints.get(EntryPointId.DEFAULT);
            if (entryPoints.size() == 1 && main != null) {
                for (Class<?> type : candidates) {
                    Gate gate = gate(type, main.getObjectTypeNodes());
                    if (gate != null) {
                        gates.put(type, gate);
                    }
                }
            }
        } catch (RuntimeException e) {
            gates.clear(); // a network this cannot read: match everything, as without it
        }
        return new MatchableFacts(Map.copyOf(gates));
    }

    /** Whether a rule can match {@code fact}; false only when the network proves no node would receive it. */
    boolean canMatch(Object fact) {
        Gate gate = gates.get(fact.getClass());
        return gate == null || gate.literals().containsKey(new CompositeObjectSinkAdapter.HashKey(gate.field(), fact));
    }

    /** The classes whose facts can be told apart this way (for tests and logs). */
    Set<Class<?>> gated() {
        return gates.keySet();
    }

    private static Gate gate(Class<?> type, Map<ObjectType, ObjectTypeNode> nodes) {
        ObjectTypeNode own = null;
        for (Map.Entry<ObjectType, ObjectTypeNode> e : nodes.entrySet()) {
            if (!(e.getKey() instanceof ClassObjectType objectType)) {
                return null;
            }
            Class<?> declared = objectType.getClassType();
            if (declared == type) {
                own = e.getValue();
            } else if (declared.isAssignableFrom(type)) {
                return null; // a pattern on a supertype sees these facts too
            }
        }
        if (own == null || !(own.getObjectSinkPropagator() instanceof CompositeObjectSinkAdapter adapter)) {
            return null;
        }
        List<CompositeObjectSinkAdapter.FieldIndex> hashed = adapter.getHashedFieldIndexes();
        Map<CompositeObjectSinkAdapter.HashKey, AlphaNode> literals = adapter.getHashedSinkMap();
        if (hashed == null || hashed.size() != 1 || !hashed.get(0).isHashed() || literals == null
                || !empty(adapter.getOthers()) || !empty(adapter.getHashableSinks()) || !empty(adapter.getRangeIndexableSinks())
                || (adapter.getRangeIndexMap() != null && !adapter.getRangeIndexMap().isEmpty())) {
            return null;
        }
        Set<ObjectSink> viaLiterals = new HashSet<>(literals.values());
        ObjectSinkPropagator propagator = adapter;
        for (ObjectSink sink : propagator.getSinks()) {
            if (!viaLiterals.contains(sink)) {
                return null; // a node reached some other way
            }
        }
        return new Gate(hashed.get(0), literals);
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
