-- What testers did with each beta build, as facts: who, which build, what (opened it,
-- reported on it, filed a bug against it), when first. A tester who did none of these on
-- the product's last few betas is inactive: not counted toward the cap or the report
-- quorum, and staff may prune them.
create table tester_activity (
  build_id    bigint       not null,
  member_id   bigint       not null,
  kind        varchar(16)  not null,
  product_id  bigint       not null,
  at          timestamp with time zone not null,
  primary key (build_id, member_id, kind)
);
create index tester_activity_by_member on tester_activity (product_id, member_id, at);

-- A line or more under a notification's title: a beta's "What to Test" in the testers'
-- reminder, shown in the inbox and written into the email.
alter table notifications add column detail varchar(4000);
