-- Notifications keep their sentences as message keys and arguments (JSON), so the inbox
-- speaks the reader's language and an email the recipient's. Rows written before this have
-- only their English title and detail; new rows (and fan-out jobs) have only the wording,
-- no second copy to write for every member a fan-out tells.
alter table notifications add column title_wording varchar(2000);
alter table notifications add column detail_wording varchar(30000);
alter table notifications alter column title drop not null;
alter table fanouts add column title_wording varchar(2000);
alter table fanouts alter column title drop not null;
