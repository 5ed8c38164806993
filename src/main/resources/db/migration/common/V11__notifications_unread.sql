-- The unread badge on every page counts a member's unread notifications; without this index
-- the count walks all of a member's notifications.
create index notifications_unread on notifications (member_id, read_at);
