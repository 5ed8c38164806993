-- Retention deletes old notifications by age every hour; without this index it would read
-- the whole table each time.
create index notifications_by_age on notifications (created_at);
