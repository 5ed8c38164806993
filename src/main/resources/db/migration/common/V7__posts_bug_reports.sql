-- posts: a bug can be reported against a build (found_in_build, a build id of the releases
-- module) with a severity; status changes made by publishing, promoting or withdrawing a
-- build remember it (build_id).
alter table posts add column found_in_build bigint;
alter table posts add column severity varchar(10);
create index posts_by_build on posts (found_in_build);

alter table post_status_changes add column build_id bigint;
