-- testers: each product's beta programme and the members who applied to it.
create table beta_programmes (
  product_id bigint primary key references products (id),
  tester_cap int,
  open       boolean not null
);

create table testers (
  product_id bigint      not null references products (id),
  member_id  bigint      not null references members (id),
  username   varchar(30) not null,
  state      varchar(10) not null,
  applied_at timestamp with time zone not null,
  decided_at timestamp with time zone,
  primary key (product_id, member_id)
);
create index testers_by_state on testers (product_id, state, applied_at);
create index testers_by_member on testers (member_id);
