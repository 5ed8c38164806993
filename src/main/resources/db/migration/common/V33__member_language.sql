-- The interface language a member chose ('en', 'zh-CN'); null: the browser's.
alter table members add column language varchar(10);
