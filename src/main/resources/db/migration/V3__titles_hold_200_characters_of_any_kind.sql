-- A plan's title is up to 200 characters (code points) by the plan schema. H2 counts UTF-16 units, so
-- a title of 200 emoji needs 400: with 200 such a plan was answered but neither recorded nor saved.
alter table decision_record alter column title set data type varchar(400);
alter table scaling_plan alter column title set data type varchar(400);
