-- Feedback from every channel: staff post and vote for members, noting where the feedback
-- came from; a member invited by email claims the account made for them with a one-time link
-- (only its SHA-256 is kept).
alter table posts add column source varchar(60);
alter table posts add column entered_by varchar(30);

create table vote_sources (
  post_id     bigint       not null,
  member_id   bigint       not null,
  source      varchar(60)  not null,
  entered_by  varchar(30)  not null,
  at          timestamp with time zone not null,
  primary key (post_id, member_id)
);

create table account_claims (
  member_id   bigint       primary key,
  token_hash  varchar(64)  not null unique,
  expires_at  timestamp with time zone not null
);

-- Weighted votes: a product may weigh each vote by an attribute staff set on members (a
-- customer tier, a company size). The weighted score stands beside the plain count.
create table vote_weight_settings (
  product_id  bigint       primary key,
  attribute   varchar(40)  not null
);
create table vote_weights (
  product_id  bigint       not null,
  attribute_value  varchar(40)  not null,
  weight           int          not null,
  primary key (product_id, attribute_value)
);
create table member_attributes (
  product_id  bigint       not null,
  member_id        bigint       not null,
  attribute_value  varchar(40)  not null,
  primary key (product_id, member_id)
);
