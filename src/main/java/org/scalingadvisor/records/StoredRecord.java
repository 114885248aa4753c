package org.scalingadvisor.records;

import java.time.Instant;

/** One decision record's row: who asked, when, what was decided (and what policy made of it, null when none was asked for), and the addresses of the plan and evaluation bodies. */
record StoredRecord(String evaluationId, Instant recordedAt, String reference, String client, String requestId,
                    String title, String verdict, String audience, String rulesetVersion,
                    byte[] planHash, byte[] evaluationHash, String policyName, String policyOutcome) {
}
