-- posts: merging a duplicate into another post. The merged post keeps its own votes,
-- comments and history; merges remembers what it was before, so an undo restores it.
create table merges (
  post_id       bigint        primary key references posts (id) on delete cascade,
  into_id       bigint        not null references posts (id),
  status_before varchar(20)   not null,
  note          varchar(2000) not null,
  merged_by     bigint        not null references members (id),
  merged_at     timestamp with time zone not null
);
create index merges_into on merges (into_id);
create index posts_merged_into on posts (merged_into);

-- voting: the voters a merged post brought to its target (those who had not voted for the
-- target themselves), so an undo takes back exactly those and nobody counts twice. A
-- member who withdraws their vote from the target leaves this list too.
create table merged_votes (
  post_id   bigint not null,
  member_id bigint not null,
  from_post bigint not null,
  primary key (post_id, member_id)
);
create index merged_votes_by_source on merged_votes (from_post);
