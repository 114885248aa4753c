package org.scalingadvisor.ruleset;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fact types rules may match, read from the facts package itself: any public class of
 * {@code org.scalingadvisor.facts} is a type, and its getters are its properties. A fact type
 * added to the package is allowed in conditions without touching the gate.
 */
final class FactTypes {

    private static final Map<String, Optional<Class<?>>> TYPES = new ConcurrentHashMap<>();

    private FactTypes() {
    }

    /** The public class of that simple name in the facts package, or null. */
    static Class<?> find(String simpleName) {
        if (!simpleName.matches("[A-Z]\\w*")) {
            return null;
        }
        return TYPES.computeIfAbsent(simpleName, name -> {
            try {
                Class<?> type = Class.forName(RuleSafety.FACTS_PACKAGE + "." + name, false, FactTypes.class.getClassLoader());
                return Modifier.isPublic(type.getModifiers()) ? Optional.of(type) : Optional.empty();
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** True if one of the named classes has a getter (getX / isX) or record component for the property. */
    static boolean hasProperty(Collection<String> classNames, String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String className : classNames) {
            Class<?> type = find(className.substring(className.lastIndexOf('.') + 1));
            if (type == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class
                        && !Modifier.isStatic(method.getModifiers())
                        && (method.getName().equals("get" + capitalised) || method.getName().equals("is" + capitalised)
                        || type.isRecord() && method.getName().equals(property))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The property names of a fact type (getX and isX as x, and record components), sorted. */
    static Set<String> properties(Class<?> type) {
        Set<String> names = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() != 0 || method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String name = method.getName();
            String property = name.startsWith("get") && name.length() > 3 ? name.substring(3)
                    : name.startsWith("is") && name.length() > 2 ? name.substring(2) : null;
            if (property != null) {
                names.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
            }
        }
        if (type.isRecord()) {
            for (java.lang.reflect.RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
        }
        names.remove("class");
        return names;
    }
}
