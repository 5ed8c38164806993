-- What to Test: a beta build's note to its testers, generated from the posts it delivers when
-- it is drafted, editable by staff before and after publishing.
alter table builds add column what_to_test varchar(20000) default '' not null;
alter table builds add column what_to_test_html varchar(200000) default '' not null;
