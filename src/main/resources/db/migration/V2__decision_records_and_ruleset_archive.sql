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
    -- Refreshed by a writer before it relies on the blob again; only blobs untouched for a day
    -- and named by no record are purged, so a purge never takes a blob a writer is about to name.
    touched_at timestamp with time zone not null
);

create table decision_record (
    evaluation_id   varchar(64)              primary key,
    recorded_at     timestamp with time zone not null,
    reference       varchar(100),
    client          varchar(64),
    request_id      varchar(128)             not null,
    -- The caller's Idempotency-Key, prefixed with its client, so two clients' keys never meet.
    idempotency_key varchar(300),
    title           varchar(200)             not null,
    verdict         varchar(20)              not null,
    audience        varchar(20),
    ruleset_version varchar(64)              not null,
    plan_hash       bytea                    not null,
    evaluation_hash bytea                    not null,
    constraint decision_record_idempotency unique (idempotency_key)
);

-- Newest first, with the id breaking ties: the order the list pages through.
create index decision_record_newest on decision_record (recorded_at, evaluation_id);
create index decision_record_reference on decision_record (reference, recorded_at);
create index decision_record_plan on decision_record (plan_hash);

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
