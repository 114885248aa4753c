-- Issue 19: a row per plan owner, locked while a plan is created, so that creates sent at once by
-- one owner are counted one after another and never pass advisor.plans.max-plans.
-- (Not "plan_owner": PostgreSQL keeps tables and indexes in one namespace, and V5 named an index so.)
create table plan_owner_lock (
    owner_id varchar(300) primary key
);
