-- A member's own history: whether anybody may see the posts they vote for (by default
-- only they and staff do). Their comments are read through comments_by_author (V4).
create table history_settings (
  member_id    bigint  primary key references members (id) on delete cascade,
  votes_public boolean not null
);
