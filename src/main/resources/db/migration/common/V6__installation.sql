-- installation: the one row written when the first admin is created, by the setup page or
-- from FANLOOP_ADMIN_USERNAME / FANLOOP_ADMIN_PASSWORD. Its primary key makes set-up happen once.
create table installation (
  id        int primary key,
  set_up_at timestamp with time zone not null,
  constraint installation_single_row check (id = 1)
);
