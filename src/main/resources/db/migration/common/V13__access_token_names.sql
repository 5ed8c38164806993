-- Members name their tokens ("CI", "laptop") so they know which one to revoke.
alter table access_tokens add column name varchar(60) default 'API' not null;
