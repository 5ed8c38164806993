-- The build that made a status change, by version: the timeline words "In beta build 2.0"
-- in the reader's language instead of keeping an English sentence in the note. The
-- sentences builds wrote before are dropped; a withdrawal keeps the team's own note.
alter table post_status_changes add column build_version varchar(40);

update post_status_changes
set build_version = (select b.version from builds b where b.id = post_status_changes.build_id)
where build_id is not null;

update post_status_changes set note = '', note_html = ''
where build_version is not null and to_status in ('in_beta', 'shipped');

update post_status_changes
set note = replace(note, 'Beta build ' || build_version || ' was withdrawn: ', ''),
    note_html = replace(note_html, 'Beta build ' || build_version || ' was withdrawn: ', '')
where build_version is not null and from_status = 'in_beta';
