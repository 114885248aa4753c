package org.scalingadvisor.evaluation;

import org.scalingadvisor.facts.Answer;
import org.scalingadvisor.facts.Claim;
import org.scalingadvisor.facts.Missing;
import org.scalingadvisor.ruleset.FieldReads;

import java.util.ArrayList;
import java.util.List;

/**
 * What the rules can tell apart in a plan's facts: two variants of one plan with equal keys get the same
 * outcome. Answers and absences of fields no rule reads are left out, and a value a field's rules compare
 * only with other quoted texts becomes one placeholder. Only the facts a what-if can change are in the key
 * (answers, absences, uncorroborated claims): the others come from the plan's activities and stakeholders,
 * which no what-if changes.
 */
final class WhatIfKey {

    /** Stands for every value outside a field's quoted texts; no rule can compare with it. */
    static final String ANOTHER_VALUE = "\u0000another value";

    private record WholeAnswer(String field, String value, double number, String pointer) {
    }

    private record SeenAnswer(String field, String value) {
    }

    private record Absent(String field) {
    }

    private record Claimed(String field, String pointer) {
    }

    private WhatIfKey() {
    }

    static List<Object> of(List<Object> facts, FieldReads reads) {
        List<Object> key = new ArrayList<>(facts.size());
        for (Object fact : facts) {
            if (fact instanceof Answer answer) {
                FieldReads.Read read = reads.of(answer.getField());
                if (read == null) {
                    continue;
                }
                key.add(read.whole() ? new WholeAnswer(answer.getField(), answer.getValue(), answer.getNumber(), answer.getPointer())
                        : new SeenAnswer(answer.getField(), read.literals().contains(answer.getValue()) ? answer.getValue() : ANOTHER_VALUE));
            } else if (fact instanceof Missing missing) {
                if (reads.of(missing.getField()) != null) {
                    key.add(new Absent(missing.getField()));
                }
            } else if (fact instanceof Claim claim) {
                key.add(new Claimed(claim.getField(), claim.getPointer()));
            }
        }
        return key;
    }
}
