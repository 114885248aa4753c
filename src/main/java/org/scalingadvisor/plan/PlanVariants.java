package org.scalingadvisor.plan;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plan with one field set to another answer, made directly on the records: the records along the field's
 * path are rebuilt with their canonical constructors, everything else is shared. The answer is one the
 * schema allows (the caller's promise: nothing is checked); an absent answer ({@code null} or a missing
 * node) leaves the field out, as a plan that does not say.
 */
public final class PlanVariants {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Step[]> PATHS = new ConcurrentHashMap<>();

    /** One record component on the way to the field: its record's constructor, its position and its type. */
    private record Step(Constructor<?> constructor, RecordComponent[] components, int index, JavaType type) {
    }

    private PlanVariants() {
    }

    /** {@code plan} with the field at {@code path} (dotted, {@code innovation.evidence}) set to {@code answer}. */
    public static ScalingPlan with(ScalingPlan plan, String path, JsonNode answer) {
        Step[] steps = PATHS.computeIfAbsent(path, PlanVariants::steps);
        Object value = answer == null || answer.isMissingNode() || answer.isNull() ? null : JSON.convertValue(answer, steps[steps.length - 1].type());
        return (ScalingPlan) rebuild(plan, steps, 0, value);
    }

    /** The value of the field at {@code path} in {@code plan}, or null when the plan leaves it out. */
    public static Object valueAt(ScalingPlan plan, String path) {
        Object value = plan;
        for (Step step : PATHS.computeIfAbsent(path, PlanVariants::steps)) {
            if (value == null) {
                return null;
            }
            value = read(step, value);
        }
        return value;
    }

    private static Object rebuild(Object record, Step[] steps, int at, Object value) {
        Step step = steps[at];
        Object current = record == null ? null : read(step, record);
        Object replaced = at == steps.length - 1 ? value : rebuild(current, steps, at + 1, value);
        if (record == null && replaced == null) {
            return null; // leaving out a field of a part the plan does not have changes nothing
        }
        Object[] arguments = new Object[step.components().length];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = i == step.index() ? replaced : record == null ? null : read(step.components()[i], record);
        }
        try {
            return step.constructor().newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot rebuild " + step.constructor().getDeclaringClass().getSimpleName(), e);
        }
    }

    private static Object read(Step step, Object record) {
        return read(step.components()[step.index()], record);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static Step[] steps(String path) {
        String[] names = path.split("\\.");
        Step[] steps = new Step[names.length];
        Class<?> type = ScalingPlan.class;
        for (int i = 0; i < names.length; i++) {
            if (!type.isRecord()) {
                throw new IllegalArgumentException(path + ": " + type.getSimpleName() + " has no fields");
            }
            RecordComponent[] components = type.getRecordComponents();
            int index = indexOf(components, names[i], path);
            Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                steps[i] = new Step(type.getDeclaredConstructor(parameterTypes), components, index,
                        JSON.getTypeFactory().constructType(components[index].getGenericType()));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getSimpleName() + " has no canonical constructor", e);
            }
            type = components[index].getType();
        }
        return steps;
    }

    private static int indexOf(RecordComponent[] components, String name, String path) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(path + ": no field " + name + " among " + List.of(components));
    }
}
