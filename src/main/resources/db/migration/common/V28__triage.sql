-- triage: what staff said a post is (its kind and product, corrected or confirmed: the
-- classifiers' training data) and what the classifiers suggested for each new post.
create table triage_labels (
  post_id     bigint      primary key references posts (id) on delete cascade,
  kind        varchar(10) not null,
  product_id  bigint      not null references products (id),
  labelled_by bigint      not null references members (id),
  labelled_at timestamp with time zone not null
);
create index triage_labels_by_time on triage_labels (labelled_at);

create table triage_suggestions (
  post_id            bigint      primary key references posts (id) on delete cascade,
  kind               varchar(10) not null,
  kind_confidence    double precision not null,
  product_id         bigint references products (id),
  product_confidence double precision,
  suggested_at       timestamp with time zone not null
);
