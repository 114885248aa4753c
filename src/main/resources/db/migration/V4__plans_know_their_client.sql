-- Plans per client are bounded (advisor.plans.max-plans): the API key's name that made each plan,
-- null for anonymous callers and the pages. Lists page through (updated_at, id), newest first.
alter table scaling_plan add column client varchar(64);
create index scaling_plan_client on scaling_plan (client);
create index scaling_plan_listed on scaling_plan (updated_at, id);
