-- A bug post keeps the version of the build it was found in (versions never change), so its
-- page names "5.1-beta.2" rather than "build #13" without reading the releases' tables.
alter table posts add column found_in_version varchar(40);
update posts set found_in_version = (select b.version from builds b where b.id = posts.found_in_build)
  where found_in_build is not null;
