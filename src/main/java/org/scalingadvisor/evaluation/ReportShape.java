package org.scalingadvisor.evaluation;

import org.scalingadvisor.ruleset.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a report short and consistent, applied to the ranked items before the verdict is drawn:
 * recommendations that advise on the same element (a mechanism element, or the factor or recommendation of
 * the catalogue each cites first) become one item (the higher-ranked, carrying
 * the others' references, sources and rule ids in its trace). A strength that would contradict a concern is
 * kept out by the rules themselves (a {@code not} on the concern's finding), where the trainer can see it.
 */
final class ReportShape {

    /** A mechanism element (MECH-1.2), as against a whole mechanism (MECH-1). */
    private static final Pattern ELEMENT = Pattern.compile("MECH-\\d+\\.\\d+");
    /** A reference too broad to say two recommendations advise on the same thing: a myth or a whole mechanism. */
    private static final Pattern BROAD = Pattern.compile("MYTH-\\d+|MECH-\\d+");

    /**
     * The questions that ask which activity delivers what the plan claims: one item, however many claims are unbacked
     * (the twenty-first tuning review: six of them in one report).
     */
    private static final String CLAIMS = "gap.claims";

    private ReportShape() {
    }

    /**
     * The questions about claims nothing delivers as one item, the highest-ranked carrying the others (their titles in
     * its message), ranked afresh: what a report shows. The verdict is drawn before, from each question on its own,
     * so how many claims are unbacked still weighs as it did (a report merely says it once).
     */
    static List<Evaluation.Item> claimsAsOne(List<Evaluation.Item> ranked) {
        List<Evaluation.Item> out = new ArrayList<>(ranked.size());
        int owner = -1;
        for (Evaluation.Item item : ranked) {
            if (item.kind().equals(Kind.GAP) && item.ruleId().startsWith(CLAIMS)) {
                if (owner >= 0) {
                    out.set(owner, absorb(out.get(owner), item));
                    continue;
                }
                owner = out.size();
            }
            out.add(item);
        }
        return out.size() == ranked.size() ? ranked : rerank(out);
    }

    /** The items with overlapping recommendations merged, ranked afresh. */
    static List<Evaluation.Item> consistent(List<Evaluation.Item> ranked) {
        return rerank(mergeOverlapping(ranked));
    }

    private static List<Evaluation.Item> mergeOverlapping(List<Evaluation.Item> ranked) {
        List<Evaluation.Item> out = new ArrayList<>(ranked.size());
        Map<String, Integer> ownerOfElement = new HashMap<>();
        for (Evaluation.Item item : ranked) {
            Integer owner = null;
            List<String> elements = item.kind().equals(Kind.RECOMMENDATION) ? elements(item) : List.of();
            for (String element : elements) {
                if (ownerOfElement.containsKey(element)) {
                    owner = ownerOfElement.get(element);
                    break;
                }
            }
            if (owner != null) {
                out.set(owner, absorb(out.get(owner), item));
                continue;
            }
            for (String element : elements) {
                ownerOfElement.putIfAbsent(element, out.size());
            }
            out.add(item);
        }
        return out;
    }

    /**
     * What a recommendation advises on: every mechanism element it cites, and the catalogue item it cites first
     * when that is one element (a SCIE factor, an Against-the-Odds recommendation) rather than a myth or a whole
     * mechanism.
     */
    private static List<String> elements(Evaluation.Item recommendation) {
        List<String> elements = new ArrayList<>();
        for (String ref : recommendation.refs()) {
            if (ELEMENT.matcher(ref).matches()) {
                elements.add(ref);
            }
        }
        if (!recommendation.refs().isEmpty() && !BROAD.matcher(recommendation.refs().get(0)).matches()) {
            elements.add(recommendation.refs().get(0));
        }
        return elements;
    }

    /**
     * The kept recommendation with the other's references, sources, audiences and evidence added, its rule named in the
     * trace and its title in the message (and what it names of the plan): advice merged away is still read, not
     * only traced.
     */
    private static Evaluation.Item absorb(Evaluation.Item kept, Evaluation.Item other) {
        Evaluation.Trace t = kept.trace();
        Evaluation.Trace o = other.trace();
        List<String> merged = new ArrayList<>(t.merged());
        merged.add(other.ruleId());
        merged.addAll(o.merged());
        Evaluation.Trace trace = new Evaluation.Trace(t.rule(), t.file(), t.line(), inDocumentOrder(union(t.evidence(), o.evidence())),
                inDocumentOrder(union(t.missing(), o.missing())), union(t.derivedFrom(), o.derivedFrom()), List.copyOf(merged));
        return new Evaluation.Item(kept.rank(), kept.ruleId(), kept.kind(), kept.title(), alsoSaying(kept.message(), other.title()),
                union(kept.audiences(), other.audiences()), union(kept.refs(), other.refs()), kept.priority(),
                union(kept.sources(), other.sources()), kept.signs(), trace, union(kept.about(), other.about()), kept.folded());
    }

    /** The message with one more merged recommendation's title after "Also:", each title once. */
    private static String alsoSaying(String message, String title) {
        String also = title.endsWith(".") ? title : title + ".";
        if (message.contains(also)) {
            return message;
        }
        return message.contains(" Also: ") ? message + " " + also : message + " Also: " + also;
    }

    private static List<Evaluation.Item> rerank(List<Evaluation.Item> items) {
        List<Evaluation.Item> out = new ArrayList<>(items.size());
        for (Evaluation.Item i : items) {
            out.add(i.rank() == out.size() + 1 ? i : i.withRank(out.size() + 1));
        }
        return out;
    }

    private static List<String> inDocumentOrder(List<String> pointers) {
        return pointers.stream().sorted(Pointers::compare).toList();
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        if (b == null || b.isEmpty() || (a != null && a.containsAll(b))) {
            return a;
        }
        Set<T> all = new LinkedHashSet<>(a == null ? List.of() : a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * The items with all but {@code shown} folded: the first actions and the myths diagnosed always show, then the
     * other concerns in rank order, keeping room for up to {@code strengthsShown} strengths so a short report still says what
     * the plan does well.
     */
    static List<Evaluation.Item> fold(List<Evaluation.Item> items, List<String> firstActions, int shown, int strengthsShown) {
        if (items.size() <= shown) {
            return items;
        }
        Set<String> visible = new LinkedHashSet<>(firstActions);
        // Every myth diagnosed is shown: a headline is never folded behind strengths (the twenty-first sealed review:
        // a HIGH 74 diagnosis printed under "more advice", after two LOW strengths).
        items.stream().filter(i -> i.kind().equals(Kind.DIAGNOSIS)).forEach(i -> visible.add(i.ruleId()));
        long strengths = items.stream().filter(i -> i.kind().equals(Kind.STRENGTH)).count();
        int forConcerns = shown - (int) Math.min(strengths, strengthsShown);
        for (Evaluation.Item i : items) {
            if (!i.kind().equals(Kind.STRENGTH) && visible.size() < forConcerns) {
                visible.add(i.ruleId());
            }
        }
        for (Evaluation.Item i : items) {
            if (i.kind().equals(Kind.STRENGTH) && visible.size() < shown) {
                visible.add(i.ruleId());
            }
        }
        List<Evaluation.Item> out = new ArrayList<>(items.size());
        for (Evaluation.Item i : items) {
            boolean folded = !visible.contains(i.ruleId());
            out.add(folded == i.folded() ? i : i.withFolded(folded));
        }
        return out;
    }
}
