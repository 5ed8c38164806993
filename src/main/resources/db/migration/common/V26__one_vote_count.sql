-- voting: one place where a vote is counted. A group of votes now adds its delta to each
-- post's vote_count (and trending) in the transaction that writes the votes, so the count
-- stored on posts is exact and the ledger, its tally and its lock go. Votes still pending in
-- the ledger are counted here from the ballots themselves.
update posts
set vote_count = (select count(*) from votes v where v.post_id = posts.id),
    trending = ln(1 + (select count(*) from votes v where v.post_id = posts.id)) / ln(2)
               + extract(epoch from created_at) / 604800.0
where id in (select post_id from vote_events);

drop table vote_events;
drop table vote_tallies;
drop table vote_tally_lock;
