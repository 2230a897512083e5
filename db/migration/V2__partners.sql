-- Partner newsrooms: API keys, editors' corrections with their history, and merged people.

create sequence api_key_seq start with 1 increment by 50;
create sequence quote_revision_seq start with 1 increment by 50;
create sequence claim_revision_seq start with 1 increment by 50;

-- A key is shown once when created; only its SHA-256 is stored. The prefix identifies it in lists and logs.
create table api_key (
    id         bigint       not null primary key,
    name       varchar(100) not null,
    key_prefix varchar(16)  not null,
    key_hash   varchar(64)  not null,
    outlet_id  bigint       not null references outlet (id),
    role       varchar(10)  not null,
    created_at timestamp(6) with time zone not null,
    revoked_at timestamp(6) with time zone,
    constraint uk_api_key_name unique (name),
    constraint uk_api_key_prefix unique (key_prefix),
    constraint uk_api_key_hash unique (key_hash),
    constraint ck_api_key_role check (role in ('PARTNER', 'EDITOR'))
);

-- A quote or claim is ACTIVE or RETRACTED; retracted records leave the default results but stay queryable.
-- revision counts the versions of the record; the previous ones are in *_revision.
alter table quote add column status varchar(12) default 'ACTIVE' not null;
alter table quote add column revision integer default 1 not null;
alter table quote add constraint ck_quote_status check (status in ('ACTIVE', 'RETRACTED'));
alter table claim add column status varchar(12) default 'ACTIVE' not null;
alter table claim add column revision integer default 1 not null;
alter table claim add constraint ck_claim_status check (status in ('ACTIVE', 'RETRACTED'));
create index ix_quote_status on quote (status, id);
create index ix_claim_status on claim (status, id);

-- The versions a correction replaced: what the record was, and who changed it, when and why.
create table quote_revision (
    id                          bigint        not null primary key,
    quote_id                    bigint        not null references quote (id) on delete cascade,
    revision                    integer       not null,
    text                        varchar(20000) not null,
    span_start                  integer       not null,
    span_end                    integer       not null,
    speaker_kind                varchar(12)   not null,
    speaker_person_id           bigint references person (id),
    speaker_outlet_id           bigint references outlet (id),
    speaker_party_id            bigint references party (id),
    speaker_anonymous_source_id bigint references anonymous_source (id),
    status                      varchar(12)   not null,
    method                      varchar(60)   not null,
    confidence                  numeric(4, 3) not null,
    changed_by                  varchar(100)  not null,
    changed_at                  timestamp(6) with time zone not null,
    reason                      varchar(1000),
    constraint uk_quote_revision unique (quote_id, revision)
);

create table claim_revision (
    id                         bigint        not null primary key,
    claim_id                   bigint        not null references claim (id) on delete cascade,
    revision                   integer       not null,
    text                       varchar(20000) not null,
    span_start                 integer       not null,
    span_end                   integer       not null,
    source_kind                varchar(12)   not null,
    source_person_id           bigint references person (id),
    source_outlet_id           bigint references outlet (id),
    source_party_id            bigint references party (id),
    source_anonymous_source_id bigint references anonymous_source (id),
    status                     varchar(12)   not null,
    method                     varchar(60)   not null,
    confidence                 numeric(4, 3) not null,
    changed_by                 varchar(100)  not null,
    changed_at                 timestamp(6) with time zone not null,
    reason                     varchar(1000),
    constraint uk_claim_revision unique (claim_id, revision)
);

-- A person merged into another is gone; their old id keeps resolving to the person they became.
create table person_merge (
    merged_id bigint       not null primary key,
    into_id   bigint       not null references person (id) on delete cascade,
    merged_by varchar(100) not null,
    merged_at timestamp(6) with time zone not null
);
create index ix_person_merge_into on person_merge (into_id);
