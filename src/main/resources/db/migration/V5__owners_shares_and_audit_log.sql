-- Issue 19: a plan belongs to the person (OpenID Connect sub), API key ('key:<name>') or local user
-- ('local', a personal instance) who made it, and to the team their id token names; others see it
-- only when it is shared with them. (V4 is taken by another change.)
alter table scaling_plan add column owner_id varchar(255) default 'local' not null;
alter table scaling_plan add column team_id varchar(255);
create index plan_owner on scaling_plan (owner_id, updated_at);
create index plan_team on scaling_plan (team_id, updated_at);

-- Explicit sharing: grantee is 'person:<sub>' or 'team:<name>'.
create table plan_share (
    id         varchar(36)              primary key,
    plan_id    varchar(36)              not null references scaling_plan (id) on delete cascade,
    grantee    varchar(300)             not null,
    granted_by varchar(255)             not null,
    granted_at timestamp with time zone not null,
    constraint plan_share_once unique (plan_id, grantee)
);

-- Who created, saved, imported, shared and deleted which plan, and when. Kept after the plan is deleted.
create table audit_event (
    id         varchar(36)              primary key,
    at         timestamp with time zone not null,
    actor      varchar(255)             not null,
    action     varchar(20)              not null,
    plan_id    varchar(36)              not null,
    version    integer,
    detail     varchar(400),
    request_id varchar(128)
);
create index audit_event_plan on audit_event (plan_id, at);
create index audit_event_at on audit_event (at);

-- A person's records carry 'oidc:<sub>' as their client, and a sub may be up to 255 characters.
alter table decision_record alter column client set data type varchar(300);
