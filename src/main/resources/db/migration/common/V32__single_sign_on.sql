-- Single sign-on: which member an outside identity (an OpenID Connect issuer and its
-- subject, or 'identify' and the company's own user id) signs in as.
create table member_identities (
  issuer    varchar(300) not null,
  subject   varchar(300) not null,
  member_id bigint       not null references members (id) on delete cascade,
  linked_at timestamp with time zone not null,
  primary key (issuer, subject)
);
create index member_identities_by_member on member_identities (member_id);
