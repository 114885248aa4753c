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
        walk(plan, plan.getClass(), "", "", facts);
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

    /** A record component with what the walk needs to know about it, worked out once per class. */
    private record Component(String name, Class<?> type, boolean isList, Class<?> elementType, MethodHandle accessor) {
    }

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                boolean isList = List.class.isAssignableFrom(c.getType());
                try {
                    components.add(new Component(c.getName(), c.getType(), isList,
                            isList ? elementType(c.getGenericType()) : c.getType(),
                            MethodHandles.publicLookup().unreflect(c.getAccessor())));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read plan field " + c.getName(), e);
                }
            }
            return List.copyOf(components);
        }
    };

    private static void walk(Object record, Class<?> type, String field, String pointer, List<Object> facts) {
        for (Component component : COMPONENTS.get(type)) {
            String name = component.name();
            String childField = field.isEmpty() ? name : field + "." + name;
            String childPointer = pointer + "/" + name;
            Object value = record == null ? null : read(component, record);
            Class<?> componentType = component.type();
            boolean isList = component.isList();
            Class<?> elementType = component.elementType();
            if (isList && elementType.isRecord()) {
                // Lists of objects (activities, stakeholders) become their own facts; only their absence is an answer.
                if (value == null) {
                    facts.add(new Missing(childField, childPointer));
                } else {
                    facts.add(new Answer(childField + ".count", Integer.toString(((List<?>) value).size()),
                            ((List<?>) value).size(), childPointer));
                }
            } else if (componentType.isRecord()) {
                walk(value, componentType, childField, childPointer, facts);
            } else if (value == null) {
                facts.add(new Missing(childField, childPointer));
            } else if (value instanceof List<?> list) {
                facts.add(new Answer(childField + ".count", Integer.toString(list.size()), list.size(), childPointer));
                for (int i = 0; i < list.size(); i++) {
                    facts.add(answer(childField, list.get(i), childPointer + "/" + i));
                }
            } else {
                facts.add(answer(childField, value, childPointer));
            }
        }
    }

    private static Answer answer(String field, Object value, String pointer) {
        String text = value instanceof Enum<?> e ? e.name() : value instanceof Double d && d == Math.rint(d)
                ? Long.toString(d.longValue()) : value.toString();
        double number = value instanceof Number n ? n.doubleValue() : Double.NaN;
        return new Answer(field, text, number, pointer);
    }

    private static Object read(Component component, Object record) {
        try {
            return component.accessor().invoke(record);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read plan field " + component.name(), e);
        }
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
