-- A planner's plan: its saved versions (drafts) and the editor's unsaved working copy.
create table scaling_plan (
    id             varchar(36)              primary key,
    title          varchar(200)             not null,
    latest_version integer                  not null,
    verdict        varchar(20)              not null,
    -- What the editor holds now: any JSON object, valid or not, so nothing typed is lost.
    working_copy   text,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);

create table plan_version (
    id              varchar(36)              primary key,
    plan_id         varchar(36)              not null references scaling_plan (id) on delete cascade,
    version         integer                  not null,
    saved_at        timestamp with time zone not null,
    verdict         varchar(20)              not null,
    plan_json       text                     not null,
    evaluation_json text                     not null,
    constraint plan_version_number unique (plan_id, version)
);

create index plan_updated on scaling_plan (updated_at);
