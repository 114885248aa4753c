package org.scalingadvisor.evaluation;

import org.scalingadvisor.facts.Activity;
import org.scalingadvisor.facts.Claim;
import org.scalingadvisor.ruleset.ClaimTable;
import org.scalingadvisor.facts.Answer;
import org.scalingadvisor.facts.Missing;
import org.scalingadvisor.facts.Stakeholder;
import org.scalingadvisor.plan.ScalingPlan;
import org.scalingadvisor.plan.StakeholderGroup;
import org.scalingadvisor.plan.StakeholderRole;
import org.scalingadvisor.facts.Effort;
import org.scalingadvisor.ruleset.CategoryTable;
import org.scalingadvisor.ruleset.Thresholds;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * Turns a plan into the facts rules match on. Every field the plan fills in becomes an
 * {@link Answer} carrying its JSON pointer; every field it leaves out becomes a {@link Missing};
 * activities and stakeholders become one fact each.
 */
public final class PlanFacts {

    private PlanFacts() {
    }

    public static List<Object> of(ScalingPlan plan, CategoryTable categories, Thresholds thresholds) {
        List<Object> facts = new ArrayList<>();
        walk(plan, facts);
        List<org.scalingadvisor.plan.Activity> activities = plan.activities() == null ? List.of() : plan.activities();
        double total = 0;
        for (org.scalingadvisor.plan.Activity a : activities) {
            total += a.budget() == null ? 0 : a.budget();
        }
        boolean monthsGiven = false;
        boolean budgetsGiven = false;
        // A sliver is measured against the money the plan puts into work sized by its money: the budget of work
        // whose substance is its length (commissioning a service, agreeing policy) says nothing of how much other
        // work there is, so a service's running cost does not make a year's evaluation a token.
        double workTotal = 0;
        int budgetsNotGiven = 0;
        double largestBudget = 0;
        for (org.scalingadvisor.plan.Activity a : activities) {
            monthsGiven |= a.startMonth() != null || a.endMonth() != null;
            budgetsGiven |= a.budget() != null;
            if (categories.sizedByMonths(a.type() == null ? "OTHER" : a.type().name())) {
                continue;
            }
            if (a.budget() == null) {
                budgetsNotGiven++;
            } else {
                workTotal += a.budget();
                largestBudget = Math.max(largestBudget, a.budget());
            }
        }
        // Where some budgets are not given, a share of the known total is only an upper bound: money counts as more
        // than a sliver only if it would stay so were each budget not given as large as the largest one given.
        double assumedTotal = workTotal + budgetsNotGiven * largestBudget;
        double tokenShare = thresholds.get("activity.token.budget.share");
        double tokenMonths = thresholds.get("activity.token.months");
        double tokenPerOrganisation = thresholds.getOrDefault("activity.token.per-organisation", 0.0);
        double tokenFundedPerMonth = thresholds.getOrDefault("activity.token.funded.per-month", 0.0);
        double tokenSupportPerOrganisation = thresholds.getOrDefault("activity.token.support.per-organisation", 0.0);
        Integer organisations = plan.scale() == null ? null : plan.scale().targetAdopters();
        boolean usersAreStaff = plan.innovation() != null && Boolean.TRUE.equals(plan.innovation().usersAreStaff());
        Map<String, double[]> effort = new LinkedHashMap<>(); // side -> budget, activities, substantive, sites, not tokens
        List<Activity> built = new ArrayList<>();
        categories.sides().forEach(side -> effort.put(side, new double[5]));
        for (int i = 0; i < activities.size(); i++) {
            org.scalingadvisor.plan.Activity a = activities.get(i);
            String type = a.type() == null ? "OTHER" : a.type().name();
            String category = categories.categoryOf(type);
            List<StakeholderGroup> audiences = a.audiences() == null ? List.of() : a.audiences();
            List<String> sides = sidesOf(audiences);
            boolean innovatorsOnly = sides.size() == 1 && sides.get(0).equals("INNOVATOR"); // sides are distinct
            String side = innovatorsOnly ? "SUPPLY" : categories.sideOf(category);
            // Where the innovation serves the workforce itself, the public's demand is not demand for it.
            if (usersAreStaff && side.equals("DEMAND") && sides.size() == 1 && sides.get(0).equals("USER")) {
                side = "OTHER";
            }
            double share = a.budget() == null || total <= 0 ? -1 : a.budget() / total;
            double workShare = a.budget() == null || workTotal <= 0 ? -1 : a.budget() / workTotal;
            // Work whose substance is its length (commissioning, engagement, review) is not judged by its money.
            boolean byMonths = categories.sizedByMonths(type);
            // Cheap work that needs something to run on (a community, co-design) is judged by its months once it has
            // money for them (at least activity.token.funded.per-month for each month it runs, a year for work that runs
            // on); with less it is a token; with no budget given its size is unknown wherever any activity gives a budget,
            // even of 0 (judged by its months alone, leaving a budget of nothing out would make it count).
            boolean ifFunded = categories.sizedByMonthsIfFunded(type);
            // An activity that runs on with no planned end has a known length: past every month the plan names.
            boolean ongoing = Boolean.TRUE.equals(a.ongoing()) && a.endMonth() == null;
            Integer given = a.startMonth() == null || a.endMonth() == null ? null : a.endMonth() - a.startMonth() + 1;
            Integer months = ongoing && a.startMonth() != null ? Integer.valueOf(12) : given;
            boolean funded = ifFunded && a.budget() != null && months != null && a.budget() >= tokenFundedPerMonth * months
                    && a.budget() > 0;
            boolean token = (!byMonths && !ifFunded && workShare >= 0 && workShare < tokenShare)
                    // No money at all is a token of known size, whatever the plan's other budgets (work judged by its
                    // months aside).
                    || (!byMonths && a.budget() != null && a.budget() <= 0)
                    || (ifFunded && a.budget() != null && months != null && !funded)
                    || (given != null && given <= tokenMonths)
                    || littlePerOrganisation(a, type, organisations, categories, tokenPerOrganisation)
                    || thinlySpread(a, category, innovatorsOnly, organisations, tokenSupportPerOrganisation);
            // Unknown is neither token nor substantive: an activity counts only when the plan says how long
            // it runs and how much it has. A plan that gives no months (or no budgets) anywhere is judged by
            // what it does give, and asked for the rest (gap.activity-size says what is assumed).
            // A sliver of the known total is a token of known size; money between a sliver of the known total and
            // a sliver of the assumed one cannot be judged either way.
            boolean moneyJudged = a.budget() != null && (byMonths || funded || token || a.budget() / assumedTotal >= tokenShare);
            boolean sizeKnown = (a.startMonth() != null && (a.endMonth() != null || ongoing) || !monthsGiven)
                    && (moneyJudged || total <= 0 && !(ifFunded && budgetsGiven) || byMonths);
            Activity fact = new Activity(new Activity.Data(i, a.id(), type, category, side, a.budget(), share, a.startMonth(),
                    a.endMonth(), a.sites(), namesOf(audiences), sides, token, sizeKnown, ongoing));
            facts.add(fact);
            built.add(fact);
            double[] e = effort.computeIfAbsent(side, k -> new double[5]);
            e[0] += a.budget() == null ? 0 : a.budget();
            e[1]++;
            if (fact.isSubstantive()) {
                e[2]++;
                e[3] += a.sites() == null ? 0 : a.sites();
            }
            if (!token) {
                e[4]++;
            }
        }
        for (Map.Entry<String, double[]> e : effort.entrySet()) {
            double[] v = e.getValue();
            facts.add(new Effort(e.getKey(), v[0], total > 0 ? v[0] / total : 0, total > 0, (int) v[1], (int) v[2], (int) v[3], (int) v[4]));
        }
        ClaimTable claims = categories.claims();
        ClaimTable.Claim route = claims.claims().get(ENGAGEMENT_ROUTE);
        List<org.scalingadvisor.plan.Stakeholder> stakeholders = plan.stakeholders() == null ? List.of() : plan.stakeholders();
        for (int i = 0; i < stakeholders.size(); i++) {
            org.scalingadvisor.plan.Stakeholder s = stakeholders.get(i);
            String side = s.group() == null ? null : s.group().side().name();
            Boolean engagementRoute = s.engagementRoute();
            // A group's way to take part counts when an activity for its side (users, professionals, the system) gives one.
            // A group that leads or co-produces the work takes part by doing so: its role is its way in.
            boolean takesPart = s.role() == StakeholderRole.LEADING || s.role() == StakeholderRole.CO_PRODUCING;
            // A group the plan names without saying it has a way in, and that nothing the plan does of known size gives
            // one, has none shown: advised on like a group said to have none (Albury, Mechanism 2: every group a way
            // to take part), never like a claim nothing delivers.
            if (engagementRoute == null && route != null && !takesPart && side != null
                    && support(route, built.stream().filter(a -> a.getAudienceSides().contains(side)).toList()) != Support.DELIVERED) {
                engagementRoute = false;
            }
            if (Boolean.TRUE.equals(engagementRoute) && route != null && !takesPart && side != null) {
                Support support = support(route, built.stream().filter(a -> a.getAudienceSides().contains(side)).toList());
                // An activity for them of unknown size is not yet a way in (less detail never gets kinder advice): the
                // group is advised on as one without a way in of known size, and the activity's size is asked about;
                // it is not a claim nothing delivers.
                if (support == Support.UNSIZED) {
                    engagementRoute = false;
                } else if (support == Support.NONE) {
                    engagementRoute = false;
                    facts.add(new Claim(ENGAGEMENT_ROUTE, "/stakeholders/" + i + "/engagementRoute"));
                }
            }
            facts.add(new Stakeholder(i, name(s.group()), side, name(s.role()), name(s.network()), engagementRoute));
        }
        corroborate(facts, claims, built);
        return facts;
    }

    /**
     * Money handed to adopters (the sizing table's PER_ORGANISATION types) is a token when, shared among the
     * organisations it reaches (its sites, else the plan's target), it comes to less than the threshold each:
     * a few hundred pounds of certificates cannot buy an adopting team time (ATO-2018, Recommendation 1).
     */
    private static boolean littlePerOrganisation(org.scalingadvisor.plan.Activity a, String type, Integer target,
                                                 CategoryTable categories, double threshold) {
        Integer reach = reach(a, target);
        return threshold > 0 && a.budget() != null && reach != null && reach > 0 && categories.moneyPerOrganisation(type)
                && a.budget() / reach < threshold;
    }

    /**
     * Support or community work for the adopting organisations whose budget, shared among the organisations it reaches
     * (its sites, else the plan's target), comes to less than the threshold each: help spread that thinly reaches no
     * team (a community of practice for 38 practices on a few pounds each).
     */
    private static boolean thinlySpread(org.scalingadvisor.plan.Activity a, String category, boolean innovatorsOnly,
                                        Integer target, double threshold) {
        Integer reach = reach(a, target);
        return threshold > 0 && !innovatorsOnly && a.budget() != null && reach != null && reach > 1
                && (category.equals("ORGANISATIONAL_SUPPORT") || category.equals("COMMUNITY"))
                && a.budget() / reach < threshold;
    }

    /** The organisations an activity reaches: its sites, else the plan's target (null when neither is given). */
    private static Integer reach(org.scalingadvisor.plan.Activity a, Integer target) {
        return a.sites() != null && a.sites() > 0 ? a.sites() : target;
    }

    /** The stakeholder flag "users have a way to take part", as the claims table names it. */
    static final String ENGAGEMENT_ROUTE = "stakeholders.engagementRoute";

    /** Value an uncorroborated yes takes: neither "true" (nothing delivers it) nor "false" (the plan says yes). */
    static final String CLAIMED = "claimed";

    /**
     * Value a yes takes when only activities of unknown size would deliver it: it clears nothing and earns nothing,
     * like "claimed", but the plan is not told it does nothing of the kind; the size is asked for (gap.activity-size).
     */
    static final String UNSIZED = "unsized";

    /**
     * A yes/no claim the plan ticks counts only when a substantive activity of a type the claims table
     * lists, or a field value it lists, delivers it; otherwise its answer becomes "unsized" where only
     * activities of unknown size would deliver it, else "claimed", and a {@link Claim} says so.
     */
    private static void corroborate(List<Object> facts, ClaimTable claims, List<Activity> activities) {
        if (claims.claims().isEmpty()) {
            return;
        }
        Map<String, Answer> answers = new java.util.HashMap<>();
        for (Object fact : facts) {
            if (fact instanceof Answer answer) {
                answers.putIfAbsent(answer.getField(), answer);
            }
        }
        for (int i = 0; i < facts.size(); i++) {
            if (!(facts.get(i) instanceof Answer answer)) {
                continue;
            }
            ClaimTable.Claim claim = claims.claims().get(answer.getField());
            if (claim == null || !claim.value().equals(answer.getValue()) || fieldsDeliver(claim, answers)) {
                continue;
            }
            Support support = support(claim, activities);
            if (support == Support.DELIVERED) {
                continue;
            }
            boolean unsized = support == Support.UNSIZED;
            facts.set(i, new Answer(answer.getField(), unsized ? UNSIZED : CLAIMED, Double.NaN, answer.getPointer()));
            if (!unsized) {
                facts.add(new Claim(answer.getField(), answer.getPointer()));
            }
        }
    }

    /** What the activities do for a claim: deliver it, only of unknown size, or nothing. */
    private enum Support { DELIVERED, UNSIZED, NONE }

    /**
     * DELIVERED when a substantive activity of a type the claim lists, aimed at more than innovators, delivers it
     * (work for innovators alone is not spread work, unless it is supply work, a fund or call, which exists to serve
     * them, or learning, an evaluation or review, which is the team's own reflection on its work: SCIE-I03);
     * UNSIZED when only such activities of unknown size (more than a token) would, an activity the plan only names (a
     * label: no months, budget or sites among activities it sizes) aside; NONE otherwise (the claim is "claimed").
     */
    private static Support support(ClaimTable.Claim claim, List<Activity> activities) {
        Support support = Support.NONE;
        for (Activity a : activities) {
            if (!claim.deliveredBy(a.getType(), a.getAudiences()) || (a.isInnovatorsOnly() && !servesInnovators(a))) {
                continue;
            }
            if (a.isSubstantive()) {
                return Support.DELIVERED;
            }
            // An activity the plan only names (no months, budget or sites, among activities it sizes) is a label: it
            // says what the plan means to do, not that it does it, so the claim stays a claim.
            if (!a.isSizeKnown() && !a.isToken() && !a.isLabelOnly()) {
                support = Support.UNSIZED;
            }
        }
        return support;
    }

    /** Supply work and learning exist for the innovators themselves: for them alone they are still that work. */
    private static boolean servesInnovators(Activity activity) {
        return "SUPPLY".equals(activity.getCategory()) || "LEARNING".equals(activity.getCategory());
    }

    private static boolean fieldsDeliver(ClaimTable.Claim claim, Map<String, Answer> answers) {
        for (ClaimTable.FieldCondition condition : claim.fields()) {
            Answer answer = answers.get(condition.field());
            if (answer != null && (condition.atLeast() != null ? answer.getNumber() >= condition.atLeast()
                    : condition.values().contains(answer.getValue()))) {
                return true;
            }
        }
        return false;
    }

    /** The distinct sides of an activity's audiences, sorted. */
    private static List<String> sidesOf(List<StakeholderGroup> audiences) {
        java.util.TreeSet<String> sides = new java.util.TreeSet<>();
        for (StakeholderGroup group : audiences) {
            sides.add(group.side().name());
        }
        return List.copyOf(sides);
    }

    private static List<String> namesOf(List<StakeholderGroup> audiences) {
        String[] names = new String[audiences.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = audiences.get(i).name();
        }
        return List.of(names);
    }

    /** How a plan field becomes facts. */
    private enum Shape { SCALAR, SCALAR_LIST, RECORD_LIST }

    /**
     * One field of the plan, worked out once from the record classes: its dotted name, its JSON
     * pointer and the accessors that reach it. The names are constants, so Drools' hashed alpha
     * nodes hash each only once.
     */
    private record Leaf(String field, String countField, String pointer, Accessor[] path, Shape shape) {

        Leaf(String field, String pointer, Accessor[] path, Shape shape) {
            this(field, (field + ".count").intern(), pointer, path, shape);
        }
    }

    /** A record component's accessor as a plain function: made once, called like ordinary code (no reflection per call). */
    @FunctionalInterface
    public interface Accessor {
        Object get(Object record);
    }

    private static final List<Leaf> LEAVES = layout(ScalingPlan.class, "", "", new Accessor[0], new ArrayList<>());

    private static List<Leaf> layout(Class<?> type, String field, String pointer, Accessor[] path, List<Leaf> into) {
        for (RecordComponent c : type.getRecordComponents()) {
            String childField = (field.isEmpty() ? c.getName() : field + "." + c.getName()).intern();
            String childPointer = (pointer + "/" + c.getName()).intern();
            Accessor[] childPath = java.util.Arrays.copyOf(path, path.length + 1);
            childPath[path.length] = accessor(c);
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
        for (Accessor accessor : leaf.path()) {
            if (value == null) {
                return null;
            }
            value = accessor.get(value);
        }
        return value;
    }

    /** The component's accessor bound into an {@link Accessor} by the JVM's lambda factory. */
    private static Accessor accessor(RecordComponent component) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle getter = lookup.unreflect(component.getAccessor());
            return (Accessor) LambdaMetafactory.metafactory(lookup, "get", MethodType.methodType(Accessor.class),
                    MethodType.methodType(Object.class, Object.class), getter,
                    MethodType.methodType(getter.type().returnType().isPrimitive()
                            ? MethodType.methodType(getter.type().returnType()).wrap().returnType()
                            : getter.type().returnType(), component.getDeclaringRecord()))
                    .getTarget().invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read plan field " + component.getName(), e);
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
