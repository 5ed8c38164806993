-- Whether staff must sign in through single sign-on, as an admin set it (the setting
-- fanloop.sso.require-for-staff is the default until then).
create table sso_policy (
  id                int primary key,
  require_for_staff boolean not null,
  changed_by        bigint references members (id) on delete set null,
  changed_at        timestamp with time zone not null,
  constraint sso_policy_single_row check (id = 1)
);
