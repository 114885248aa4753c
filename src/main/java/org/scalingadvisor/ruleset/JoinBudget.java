package org.scalingadvisor.ruleset;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * How many open joins one rule may hold. Each pattern of a fact a plan can hold many of (its
 * activities and stakeholders, or any fact matched without naming which one) multiplies the work by
 * the number of such facts: three unrelated {@code Activity} patterns cost activities³ on a plan
 * at the size caps, four ran a server out of memory. A pattern is <em>keyed</em> when one of its
 * constraints ties it with {@code ==} to a binding of another pattern ({@code id == $a.id}), or,
 * for facts with one per name ({@code Answer}, {@code Finding} …), when {@code ==} or {@code in}
 * names which one. A rule may hold at most {@link #MAX_OPEN} patterns that are not keyed, wherever they
 * stand (in brackets, under not or exists, in what accumulate or collect reads); only a single pattern
 * right after {@code not} or {@code exists} is left out, since it is one check per match.
 */
final class JoinBudget {

    static final int MAX_OPEN = 2;

    /** Facts a plan can hold any number of, however a literal narrows them. */
    private static final Set<String> PLAN_LISTS = Set.of("Activity", "Stakeholder");

    private record Open(String type, int depth, int line, boolean source) {
    }

    private final Deque<Open> patterns = new ArrayDeque<>();
    private final Deque<boolean[]> keys = new ArrayDeque<>();
    private int open;
    private int firstLine = -1;
    private String types = "";

    /**
     * A pattern of {@code type} opens its parenthesis at bracket {@code depth}; {@code source}: it is the
     * first thing an accumulate or collect reads (alone there, it is one pass per match).
     */
    void start(String type, int depth, int line, boolean source) {
        patterns.push(new Open(type, depth, line, source));
        keys.push(new boolean[] {false, false}); // {tied to a binding, named by a literal}
    }

    /** An {@code ==} (or {@code in}) inside the innermost open pattern; {@code binding}: the other side is a $binding. */
    void equality(boolean binding) {
        if (!keys.isEmpty()) {
            keys.peek()[binding ? 0 : 1] = true;
        }
    }

    /**
     * A parenthesis closed back to bracket {@code depth}: the pattern that opened there, if any, is done;
     * {@code joinedOn}: an and/or follows it, so it is not alone in an accumulate or collect.
     */
    void closed(int depth, boolean joinedOn) {
        if (patterns.isEmpty() || patterns.peek().depth() != depth) {
            return;
        }
        Open pattern = patterns.pop();
        boolean[] key = keys.pop();
        boolean keyed = key[0] || key[1] && !PLAN_LISTS.contains(pattern.type()) || pattern.source() && !joinedOn;
        if (!keyed) {
            open++;
            types = types.isEmpty() ? pattern.type() : types + ", " + pattern.type();
            if (open == MAX_OPEN + 1) {
                firstLine = pattern.line();
            }
        }
    }

    /** The problem to report at {@link #line()}, or null when the rule is within the budget. */
    String problem(String rule) {
        if (open <= MAX_OPEN) {
            return null;
        }
        return "rule \"" + rule + "\" joins " + open + " patterns (" + types + ") with no key between them; at most "
                + MAX_OPEN + " may be open, since each one more multiplies the work by the number of such facts in a plan."
                + " Tie a pattern to another with == $binding, or count with accumulate";
    }

    int line() {
        return firstLine;
    }
}
