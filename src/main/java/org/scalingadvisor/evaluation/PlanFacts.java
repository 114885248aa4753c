package org.scalingadvisor.evaluation;

import org.scalingadvisor.facts.Activity;
import org.scalingadvisor.facts.Answer;
import org.scalingadvisor.facts.Missing;
import org.scalingadvisor.facts.Stakeholder;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.plan.StakeholderGroup;
import org.scalingadvisor.ruleset.CategoryTable;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a plan into the facts rules match on. Every field the plan fills in becomes an
 * {@link Answer} carrying its JSON pointer; every field it leaves out becomes a {@link Missing};
 * activities and stakeholders become one fact each.
 */
public final class PlanFacts {

    private PlanFacts() {
    }

    public static List<Object> of(ScalingPlan plan, CategoryTable categories) {
        List<Object> facts = new ArrayList<>();
        walk(plan, facts);
        List<org.scalingadvisor.plan.Activity> activities = plan.activities() == null ? List.of() : plan.activities();
        for (int i = 0; i < activities.size(); i++) {
            org.scalingadvisor.plan.Activity a = activities.get(i);
            String type = a.type() == null ? "OTHER" : a.type().name();
            List<StakeholderGroup> audiences = a.audiences() == null ? List.of() : a.audiences();
            facts.add(new Activity(i, a.id(), type, categories.categoryOf(type), a.budget(), a.startMonth(),
                    audiences.stream().map(Enum::name).toList(),
                    audiences.stream().map(g -> g.side().name()).distinct().sorted().toList()));
        }
        List<org.scalingadvisor.plan.Stakeholder> stakeholders = plan.stakeholders() == null ? List.of() : plan.stakeholders();
        for (int i = 0; i < stakeholders.size(); i++) {
            org.scalingadvisor.plan.Stakeholder s = stakeholders.get(i);
            facts.add(new Stakeholder(i, name(s.group()), s.group() == null ? null : s.group().side().name(),
                    name(s.role()), name(s.network()), s.engagementRoute()));
        }
        return facts;
    }

    /** How a plan field becomes facts. */
    private enum Shape { SCALAR, SCALAR_LIST, RECORD_LIST }

    /**
     * One field of the plan, worked out once from the record classes: its dotted name, its JSON
     * pointer and the accessors that reach it. The names are constants, so Drools' hashed alpha
     * nodes hash each only once.
     */
    private record Leaf(String field, String countField, String pointer, MethodHandle[] path, Shape shape) {

        Leaf(String field, String pointer, MethodHandle[] path, Shape shape) {
            this(field, (field + ".count").intern(), pointer, path, shape);
        }
    }

    private static final List<Leaf> LEAVES = layout(ScalingPlan.class, "", "", new MethodHandle[0], new ArrayList<>());

    private static List<Leaf> layout(Class<?> type, String field, String pointer, MethodHandle[] path, List<Leaf> into) {
        for (RecordComponent c : type.getRecordComponents()) {
            String childField = (field.isEmpty() ? c.getName() : field + "." + c.getName()).intern();
            String childPointer = (pointer + "/" + c.getName()).intern();
            MethodHandle[] childPath = java.util.Arrays.copyOf(path, path.length + 1);
            try {
                childPath[path.length] = MethodHandles.publicLookup().unreflect(c.getAccessor());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read plan field " + c.getName(), e);
            }
            boolean isList = List.class.isAssignableFrom(c.getType());
            if (c.getType().isRecord()) {
                layout(c.getType(), childField, childPointer, childPath, into);
            } else if (isList && elementType(c.getGenericType()).isRecord()) {
                into.add(new Leaf(childField, childPointer, childPath, Shape.RECORD_LIST));
            } else {
                into.add(new Leaf(childField, childPointer, childPath, isList ? Shape.SCALAR_LIST : Shape.SCALAR));
            }
        }
        return List.copyOf(into);
    }

    private static void walk(ScalingPlan plan, List<Object> facts) {
        for (Leaf leaf : LEAVES) {
            Object value = read(leaf, plan);
            if (value == null) {
                facts.add(new Missing(leaf.field(), leaf.pointer()));
            } else if (leaf.shape() == Shape.SCALAR) {
                facts.add(answer(leaf.field(), value, leaf.pointer()));
            } else {
                // Lists give their size; lists of objects (activities, stakeholders) become their own facts.
                List<?> list = (List<?>) value;
                facts.add(new Answer(leaf.countField(), Integer.toString(list.size()), list.size(), leaf.pointer()));
                if (leaf.shape() == Shape.SCALAR_LIST) {
                    for (int i = 0; i < list.size(); i++) {
                        facts.add(answer(leaf.field(), list.get(i), leaf.pointer() + "/" + i));
                    }
                }
            }
        }
    }

    private static Object read(Leaf leaf, Object root) {
        Object value = root;
        try {
            for (MethodHandle accessor : leaf.path()) {
                if (value == null) {
                    return null;
                }
                value = accessor.invoke(value);
            }
            return value;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read plan field " + leaf.field(), e);
        }
    }

    private static Answer answer(String field, Object value, String pointer) {
        String text = value instanceof Enum<?> e ? e.name() : value instanceof Double d && d == Math.rint(d)
                ? Long.toString(d.longValue()) : value.toString();
        double number = value instanceof Number n ? n.doubleValue() : Double.NaN;
        return new Answer(field, text, number, pointer);
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
