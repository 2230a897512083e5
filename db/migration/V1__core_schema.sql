-- Kathan core schema. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+ (UNIQUE NULLS NOT DISTINCT).
-- Ids come from sequences with an increment of 50 so that Hibernate can allocate ids in blocks and batch inserts.
-- Enums are varchar columns with check constraints (entities pin them with @JdbcTypeCode(VARCHAR): Hibernate 7
-- would bind them as H2's native ENUM type, which no check constraint on a varchar accepts).

create sequence outlet_seq start with 1 increment by 50;
create sequence party_seq start with 1 increment by 50;
create sequence person_seq start with 1 increment by 50;
create sequence party_membership_seq start with 1 increment by 50;
create sequence anonymous_source_seq start with 1 increment by 50;
create sequence article_seq start with 1 increment by 50;
create sequence quote_seq start with 1 increment by 50;
create sequence claim_seq start with 1 increment by 50;
create sequence person_mention_seq start with 1 increment by 50;
create sequence party_mention_seq start with 1 increment by 50;
create sequence event_seq start with 1 increment by 50;
create sequence event_mention_seq start with 1 increment by 50;

-- Aliases of outlets, parties and people are every spelling printed for them, each stored with its name key:
-- the name folded for case, script, diacritics, honorifics and common spelling variants. Several spellings
-- share a key ("Naseemuddin Siddiqui", "नसीमुद्दीन सिद्दीकी"); lookups go through the key, never the raw alias.

create table outlet (
    id           bigint       not null primary key,
    name         varchar(200) not null,
    abbreviation varchar(40),
    kind         varchar(20)  not null,
    constraint uk_outlet_name unique (name),
    constraint ck_outlet_kind check (kind in ('AGENCY', 'NEWSPAPER', 'BROADCASTER', 'DIGITAL', 'OTHER'))
);

create table outlet_alias (
    outlet_id bigint       not null references outlet (id) on delete cascade,
    alias     varchar(200) not null,
    alias_key varchar(200) not null,
    primary key (outlet_id, alias)
);
create index ix_outlet_alias_key on outlet_alias (alias_key);

-- Social-media handles that sign embedded posts ("— IANS (@ians_india)"), stored lower-case.
create table outlet_handle (
    outlet_id bigint       not null references outlet (id) on delete cascade,
    handle    varchar(100) not null,
    primary key (outlet_id, handle),
    constraint uk_outlet_handle unique (handle)
);

create table party (
    id              bigint       not null primary key,
    name            varchar(200) not null,
    abbreviation    varchar(40),
    name_devanagari varchar(200),
    wikidata_id     varchar(20),
    constraint uk_party_name unique (name),
    constraint uk_party_wikidata unique (wikidata_id)
);

create table party_alias (
    party_id  bigint       not null references party (id) on delete cascade,
    alias     varchar(200) not null,
    alias_key varchar(200) not null,
    primary key (party_id, alias)
);
create index ix_party_alias_key on party_alias (alias_key);

create table person (
    id              bigint       not null primary key,
    name            varchar(200) not null,
    name_devanagari varchar(200),
    wikidata_id     varchar(20),
    -- F or M where the reference lists say; used only to resolve "he" and "she" to the right person.
    gender          varchar(1),
    -- REFERENCE: from seeds/reference; EXTRACTED: first seen in an article; EDITOR: entered by an editor.
    origin          varchar(20)  not null,
    constraint uk_person_wikidata unique (wikidata_id),
    constraint ck_person_gender check (gender in ('F', 'M')),
    constraint ck_person_origin check (origin in ('REFERENCE', 'EXTRACTED', 'EDITOR'))
);
create index ix_person_name on person (name);

create table person_alias (
    person_id bigint       not null references person (id) on delete cascade,
    alias     varchar(200) not null,
    alias_key varchar(200) not null,
    primary key (person_id, alias)
);
create index ix_person_alias_key on person_alias (alias_key);

create table party_membership (
    id          bigint      not null primary key,
    person_id   bigint      not null references person (id) on delete cascade,
    party_id    bigint      not null references party (id),
    since_year  integer,
    until_year  integer,
    origin      varchar(20) not null,
    constraint uk_party_membership unique (person_id, party_id),
    constraint ck_party_membership_years check (since_year is null or until_year is null or since_year <= until_year),
    constraint ck_party_membership_origin check (origin in ('REFERENCE', 'EXTRACTED', 'EDITOR'))
);
create index ix_party_membership_party on party_membership (party_id, person_id);

create table anonymous_source (
    id                   bigint       not null primary key,
    description          varchar(300) not null,
    description_key      varchar(300) not null,
    affiliation_party_id bigint references party (id),
    constraint uk_anonymous_source unique nulls not distinct (description_key, affiliation_party_id)
);

create table article (
    id           bigint         not null primary key,
    -- Who delivered the article: 'seeds' for files loaded at start-up, or a partner's feed.
    feed         varchar(100)   not null,
    external_id  varchar(300)   not null,
    outlet_id    bigint references outlet (id),
    title        varchar(1000)  not null,
    language     varchar(8)     not null,
    published_on date,
    date_source  varchar(20)    not null,
    byline       varchar(300),
    url          varchar(2000),
    body         varchar(1000000) not null,
    content_hash varchar(64)    not null,
    version      integer        not null,
    ingested_at  timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    constraint uk_article_external unique (feed, external_id),
    constraint ck_article_date_source check (date_source in
        ('HEADER', 'PUBLISHED_LINE', 'UPDATED_LINE', 'DATELINE', 'PROVIDED', 'NONE')),
    constraint ck_article_date_known check ((date_source = 'NONE') = (published_on is null))
);
create index ix_article_outlet on article (outlet_id, id);
create index ix_article_published on article (published_on, id);
create index ix_article_language on article (language, id);
create index ix_article_updated on article (updated_at, id);

-- Quotes and claims point to exactly one source of the kind they name; the check keeps the columns honest.
create table quote (
    id                          bigint        not null primary key,
    article_id                  bigint        not null references article (id) on delete cascade,
    text                        varchar(20000) not null,
    language                    varchar(8)    not null,
    span_start                  integer       not null,
    span_end                    integer       not null,
    speaker_kind                varchar(12)   not null,
    speaker_person_id           bigint references person (id),
    speaker_outlet_id           bigint references outlet (id),
    speaker_party_id            bigint references party (id),
    speaker_anonymous_source_id bigint references anonymous_source (id),
    via_outlet_id               bigint references outlet (id),
    original_author_id          bigint references person (id),
    method                      varchar(60)   not null,
    confidence                  numeric(4, 3) not null,
    constraint uk_quote_span unique (article_id, span_start, span_end),
    constraint ck_quote_span check (span_start >= 0 and span_end > span_start),
    constraint ck_quote_confidence check (confidence between 0 and 1),
    constraint ck_quote_speaker check (
        (speaker_kind = 'PERSON' and speaker_person_id is not null and speaker_outlet_id is null
            and speaker_party_id is null and speaker_anonymous_source_id is null)
        or (speaker_kind = 'OUTLET' and speaker_person_id is null and speaker_outlet_id is not null
            and speaker_party_id is null and speaker_anonymous_source_id is null)
        or (speaker_kind = 'PARTY' and speaker_person_id is null and speaker_outlet_id is null
            and speaker_party_id is not null and speaker_anonymous_source_id is null)
        or (speaker_kind = 'ANONYMOUS' and speaker_person_id is null and speaker_outlet_id is null
            and speaker_party_id is null and speaker_anonymous_source_id is not null))
);
create index ix_quote_article on quote (article_id, span_start);
create index ix_quote_speaker_person on quote (speaker_person_id, id);
create index ix_quote_speaker_outlet on quote (speaker_outlet_id, id);
create index ix_quote_speaker_party on quote (speaker_party_id, id);
create index ix_quote_speaker_anonymous on quote (speaker_anonymous_source_id, id);
create index ix_quote_language on quote (language, id);
create index ix_quote_via on quote (via_outlet_id);

create table claim (
    id                         bigint        not null primary key,
    article_id                 bigint        not null references article (id) on delete cascade,
    text                       varchar(20000) not null,
    language                   varchar(8)    not null,
    span_start                 integer       not null,
    span_end                   integer       not null,
    source_kind                varchar(12)   not null,
    source_person_id           bigint references person (id),
    source_outlet_id           bigint references outlet (id),
    source_party_id            bigint references party (id),
    source_anonymous_source_id bigint references anonymous_source (id),
    method                     varchar(60)   not null,
    confidence                 numeric(4, 3) not null,
    constraint uk_claim_span unique (article_id, span_start, span_end),
    constraint ck_claim_span check (span_start >= 0 and span_end > span_start),
    constraint ck_claim_confidence check (confidence between 0 and 1),
    constraint ck_claim_source check (
        (source_kind = 'PERSON' and source_person_id is not null and source_outlet_id is null
            and source_party_id is null and source_anonymous_source_id is null)
        or (source_kind = 'OUTLET' and source_person_id is null and source_outlet_id is not null
            and source_party_id is null and source_anonymous_source_id is null)
        or (source_kind = 'PARTY' and source_person_id is null and source_outlet_id is null
            and source_party_id is not null and source_anonymous_source_id is null)
        or (source_kind = 'ANONYMOUS' and source_person_id is null and source_outlet_id is null
            and source_party_id is null and source_anonymous_source_id is not null))
);
create index ix_claim_article on claim (article_id, span_start);
create index ix_claim_source_person on claim (source_person_id, id);
create index ix_claim_source_outlet on claim (source_outlet_id, id);
create index ix_claim_source_party on claim (source_party_id, id);
create index ix_claim_source_anonymous on claim (source_anonymous_source_id, id);
create index ix_claim_kind on claim (source_kind, id);
create index ix_claim_language on claim (language, id);

-- Where an article names a person or a party: the evidence behind Article.people and ArticleFilter.person.
create table person_mention (
    id         bigint  not null primary key,
    article_id bigint  not null references article (id) on delete cascade,
    person_id  bigint  not null references person (id),
    span_start integer not null,
    span_end   integer not null,
    constraint uk_person_mention unique (article_id, span_start),
    constraint ck_person_mention_span check (span_start >= 0 and span_end > span_start)
);
create index ix_person_mention_person on person_mention (person_id, article_id);

create table party_mention (
    id         bigint  not null primary key,
    article_id bigint  not null references article (id) on delete cascade,
    party_id   bigint  not null references party (id),
    span_start integer not null,
    span_end   integer not null,
    constraint uk_party_mention unique (article_id, span_start),
    constraint ck_party_mention_span check (span_start >= 0 and span_end > span_start)
);
create index ix_party_mention_party on party_mention (party_id, article_id);

-- An event is one real-world happening; several articles mention it. identity_key is what makes two mentions
-- the same event (kind, date at its precision, and who took part), so re-ingesting never duplicates one.
-- range_start/range_end are the first and last day the date can mean, kept for the overlap filters.
create table event (
    id           bigint        not null primary key,
    kind         varchar(20)   not null,
    event_date   date          not null,
    date_precision varchar(5)  not null,
    until_date   date,
    range_start  date          not null,
    range_end    date          not null,
    summary      varchar(1000) not null,
    outcome      varchar(1000),
    identity_key varchar(500)  not null,
    method       varchar(60)   not null,
    confidence   numeric(4, 3) not null,
    constraint uk_event_identity unique (identity_key),
    constraint ck_event_kind check (kind in
        ('RESIGNATION', 'EXPULSION', 'JOINING', 'RALLY', 'ELECTION', 'MEETING', 'SESSION', 'STATEMENT', 'OTHER')),
    constraint ck_event_precision check (date_precision in ('DAY', 'MONTH', 'YEAR')),
    constraint ck_event_range check (range_start <= range_end),
    constraint ck_event_confidence check (confidence between 0 and 1)
);
create index ix_event_range on event (range_start, range_end);
create index ix_event_kind_range on event (kind, range_start);

create table event_participant (
    event_id  bigint not null references event (id) on delete cascade,
    person_id bigint not null references person (id),
    primary key (event_id, person_id)
);
create index ix_event_participant_person on event_participant (person_id, event_id);

create table event_party (
    event_id bigint not null references event (id) on delete cascade,
    party_id bigint not null references party (id),
    primary key (event_id, party_id)
);
create index ix_event_party_party on event_party (party_id, event_id);

create table event_mention (
    id         bigint  not null primary key,
    event_id   bigint  not null references event (id) on delete cascade,
    article_id bigint  not null references article (id) on delete cascade,
    span_start integer not null,
    span_end   integer not null,
    constraint uk_event_mention unique (event_id, article_id, span_start),
    constraint ck_event_mention_span check (span_start >= 0 and span_end > span_start)
);
create index ix_event_mention_article on event_mention (article_id, event_id);
