-- Issue 20: commissioners list the submissions a policy failed (GET /api/v1/evaluations?policyOutcome=FAIL).
-- The policy a record was judged by and its outcome (PASS or FAIL), both null when no policy was asked for.
-- Records made before this migration are filled in from their stored evaluations by V8.
alter table decision_record add column policy_name varchar(64);
alter table decision_record add column policy_outcome varchar(4);
create index decision_record_policy_outcome on decision_record (policy_outcome, recorded_at);
