-- Email verification and password resets.
--
-- An address is unique among the members who proved it (verified_email), no longer among
-- all of them: a sign-up with an address somebody registered is taken like any other, so
-- signing up never tells whether an address is registered (its owner hears of it by
-- mail). The email column is rebuilt to shed its unique constraint, whose name each
-- database chose itself.
alter table members add column email_address varchar(254);
update members set email_address = email;
alter table members drop column email;
alter table members rename column email_address to email;
alter table members alter column email set not null;
create index members_by_email on members (email);
alter table members add column verified_email varchar(254) unique;

-- The links mailed to prove an address or reset a password: single use, expiring, and
-- only the SHA-256 of the token kept (256 random bits, so a fast hash is enough).
create table email_links (
  token_hash char(64)     primary key,
  member_id  bigint       not null references members (id) on delete cascade,
  purpose    varchar(10)  not null,
  email      varchar(254) not null,
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null
);
create index email_links_by_member on email_links (member_id);

-- What a member who has not verified their address may do on a product's board beyond
-- reading and voting: 'post' (post and comment, the default), 'comment', or 'vote'.
alter table products add column unverified_may varchar(10) not null default 'post';
