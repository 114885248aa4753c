package org.scalingadvisor.evaluation;

import io.micronaut.serde.annotation.Serdeable;
import org.scalingadvisor.ruleset.KnowledgeCatalogue;
import org.scalingadvisor.ruleset.Kind;
import org.scalingadvisor.ruleset.Policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Judges an evaluation against a policy: PASS, or FAIL with a reason for each advice item that fails it. */
public final class PolicyCheck {

    /** What a policy made of an evaluation (CONTRACT §7): {@code name}, {@code outcome} PASS or FAIL, {@code reasons}. */
    @Serdeable
    public record Outcome(String name, String outcome, List<Reason> reasons) {
    }

    /**
     * One advice item that fails the plan under the policy, the criterion of the policy's {@code failWhen} it
     * met ({@code verdicts}, {@code itemsInBand.<BAND>}, {@code myths} or {@code unansweredQuestions}), and
     * why in plain words. One item can meet several criteria, and is then a reason for each.
     */
    @Serdeable
    public record Reason(String ruleId, String criterion, String why) {
    }

    static final String VERDICTS = "verdicts";
    static final String ITEMS_IN_BAND = "itemsInBand.";
    static final String MYTHS = "myths";
    static final String UNANSWERED_QUESTIONS = "unansweredQuestions";

    private PolicyCheck() {
    }

    /**
     * Applies {@code policy} to an evaluation of the whole plan (before any audience filter, so the outcome
     * never depends on who is reading). Reasons come in the order of the policy's criteria, then of rank.
     */
    public static Outcome apply(Policy policy, Evaluation evaluation, KnowledgeCatalogue knowledge) {
        Policy.Criteria criteria = policy.failWhen();
        List<Evaluation.Item> items = evaluation.advice().stream().filter(i -> !Kind.STRENGTH.equals(i.kind())).toList();
        List<Reason> reasons = new ArrayList<>();
        String verdict = evaluation.summary().verdict();
        if (criteria.verdicts().contains(verdict)) {
            String first = evaluation.summary().firstActions().isEmpty() ? items.get(0).ruleId()
                    : evaluation.summary().firstActions().get(0);
            reasons.add(new Reason(first, VERDICTS, "The advisor's verdict on this plan is " + verdict + ", and this policy fails "
                    + verdict + " plans. This is the first thing to put right: " + titleOf(first, items) + "."));
        }
        for (Map.Entry<String, Integer> band : criteria.itemsInBand().entrySet()) {
            List<Evaluation.Item> inBand = items.stream().filter(i -> i.priority().band().equals(band.getKey())).toList();
            if (inBand.size() >= band.getValue()) {
                for (Evaluation.Item item : inBand) {
                    reasons.add(new Reason(item.ruleId(), ITEMS_IN_BAND + band.getKey(), "'" + item.title() + "' is " + band.getKey() + " (score "
                            + item.priority().score() + "); this policy fails a plan with " + atLeast(band.getValue(), band.getKey())
                            + (inBand.size() > 1 ? ", and this plan has " + inBand.size() : "") + "."));
                }
            }
        }
        for (Evaluation.Item item : items) {
            if (Kind.DIAGNOSIS.equals(item.kind())) {
                item.refs().stream().filter(criteria.myths()::contains).findFirst().ifPresent(myth ->
                        reasons.add(new Reason(item.ruleId(), MYTHS, "The plan shows " + myth + ", the myth that '"
                                + mythTitle(myth, knowledge) + "' (" + signs(item) + "); this policy fails a plan that rests on it.")));
            }
        }
        for (Evaluation.Item item : items) {
            if (Kind.GAP.equals(item.kind()) && asked(item, criteria.unansweredQuestions())) {
                reasons.add(new Reason(item.ruleId(), UNANSWERED_QUESTIONS, "The plan does not answer a question this policy needs answered: '"
                        + item.title() + "' (" + String.join(", ", item.refs()) + ")."));
            }
        }
        return new Outcome(policy.name(), reasons.isEmpty() ? "PASS" : "FAIL", List.copyOf(reasons));
    }

    private static boolean asked(Evaluation.Item gap, List<String> questions) {
        return questions.contains(gap.ruleId()) || gap.refs().stream().anyMatch(questions::contains);
    }

    private static String atLeast(int count, String band) {
        return count == 1 ? "any " + band + " item" : count + " or more " + band + " items";
    }

    private static String signs(Evaluation.Item diagnosis) {
        int n = diagnosis.signs().size();
        return n == 1 ? "1 sign: " + diagnosis.signs().get(0).text()
                : n + " signs: " + diagnosis.signs().stream().map(Evaluation.Sign::text).collect(Collectors.joining("; "));
    }

    private static String mythTitle(String myth, KnowledgeCatalogue knowledge) {
        return knowledge.items().stream().filter(i -> i.id().equals(myth)).findFirst()
                .map(i -> Character.toLowerCase(i.title().charAt(0)) + i.title().substring(1)).orElse(myth);
    }

    private static String titleOf(String ruleId, List<Evaluation.Item> items) {
        return items.stream().filter(i -> i.ruleId().equals(ruleId)).findFirst().map(Evaluation.Item::title).orElse(ruleId);
    }
}
