-- Decision records (CONTRACT §7). A record row stays small: the plan and the evaluation it names
-- are content-addressed (SHA-256 of the uncompressed bytes, 32 bytes), kept gzip-compressed in
-- content_blob and stored once however many records share them. The evaluation is kept with its
-- evaluationId left empty (it is the record's key), so evaluations of the same plan by the same
-- rules share one body. Written by every instance with "insert ... on conflict do nothing", which
-- H2 (MODE=PostgreSQL) and PostgreSQL both accept.
create table content_blob (
    hash       bytea                    primary key,
    body       bytea                    not null,
    body_size  integer                  not null,
    -- When a writer last stored or relied on the body. A writer trusts a body it has seen for at most an
    -- hour before touching it again, so no record made after touched_at + 1 hour names it: retention
    -- deletes a body untouched since a day before the oldest record kept, without looking at records.
    touched_at timestamp with time zone not null
);

create table decision_record (
    evaluation_id   varchar(64)              primary key,
    recorded_at     timestamp with time zone not null,
    reference       varchar(100),
    client          varchar(64),
    request_id      varchar(128)             not null,
    title           varchar(200)             not null,
    verdict         varchar(20)              not null,
    audience        varchar(20),
    ruleset_version varchar(64)              not null,
    plan_hash       bytea                    not null,
    evaluation_hash bytea                    not null
);

-- Idempotency-Keys, only for the requests that send one (so other records carry no index entry for
-- them): the key, prefixed with its client so two clients' keys never meet, and the record it made.
create table idempotency_key (
    scoped_key    varchar(300) primary key,
    evaluation_id varchar(64)  not null references decision_record (evaluation_id) on delete cascade
);

-- Newest first, with the id breaking ties: the order the list pages through.
create index decision_record_newest on decision_record (recorded_at, evaluation_id);
create index decision_record_reference on decision_record (reference, recorded_at);
create index content_blob_touched on content_blob (touched_at);

-- Every rule set version served, once: keyed by the SHA-256 of its files, with the files
-- (a gzip-compressed JSON object, path to text) so an auditor sees exactly what judged a record.
create table ruleset_archive (
    content_hash    varchar(64)              primary key,
    version         varchar(64)              not null,
    first_served_at timestamp with time zone not null,
    rule_count      integer                  not null,
    file_count      integer                  not null,
    files           bytea                    not null
);

create index ruleset_archive_version on ruleset_archive (version);
