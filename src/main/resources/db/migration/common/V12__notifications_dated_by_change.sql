-- A notification is dated when its change happened, not when its fan-out reached the member:
-- two jobs may finish in either order, and the inbox lists news in the order it happened.
alter table fanouts add column occurred_at timestamp with time zone;
update fanouts set occurred_at = created_at;
alter table fanouts alter column occurred_at set not null;

drop index notifications_inbox;
create index notifications_inbox on notifications (member_id, created_at, id);
