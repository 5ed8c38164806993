-- One vote as PostgreSQL alone would write it, one transaction each: the ballot and the
-- post's count and trending key (what Fanloop's writer does per group). Members far above
-- the generated ones; the suite removes these votes afterwards. A post drawn from lo..hi.
\set post random(:lo, :hi)
\set member random(1000000000, 1999999999)
with cast_vote as (
  insert into votes (post_id, member_id, created_at) values (:post, :member, now())
  on conflict do nothing returning post_id)
update posts set vote_count = vote_count + 1,
  trending = ln(2 + vote_count) / ln(2) + extract(epoch from created_at) / 604800.0
where id = (select post_id from cast_vote);
