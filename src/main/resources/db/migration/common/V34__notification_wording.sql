-- Notifications keep their sentences as message keys and arguments (JSON), so the inbox
-- speaks the reader's language and an email the recipient's; title and detail stay as the
-- English text (rows written before this have only that).
alter table notifications add column title_wording varchar(2000);
alter table notifications add column detail_wording varchar(30000);
alter table fanouts add column title_wording varchar(2000);
