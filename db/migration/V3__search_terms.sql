-- The word index behind Query.search and the `text` filters of quotes and claims: one row per searchable word of
-- an article (title and body), a quote or a claim. Words are folded in Java (news.kathan.search.SearchWords), so
-- the same table and the same b-tree index serve H2 and PostgreSQL alike; no full-text dialect is needed.
--
-- Each word is stored under two terms: its spelling key (case, diacritics, script, nukta and aspirates folded:
-- "Kanpur" and "कानपुर" are both "kanpur") and, prefixed with ~, its name key, which also folds the vowels that
-- Hindi names are spelled with in so many ways ("Jaipur", "जयपुर": "~jipur"). A query matches on either;
-- a match on both counts for more.
--
-- weight is where the word stands in the record: 3 in an article's title, 2 in a quote or claim, 1 in an
-- article's body. published_day (days since 1970-01-01; null when the article gives no date) and status are
-- copied from the record so that ranking and the retraction filter need no join. Ingestion and corrections
-- rewrite a record's rows in the transaction that changes the record. Nothing is backfilled here: tokenising is
-- Java, so articles stored before this migration get their terms at the next start (SearchBackfill).

create table search_term (
    term          varchar(100) not null,
    kind          varchar(8)   not null,
    record_id     bigint       not null,
    article_id    bigint       not null references article (id) on delete cascade,
    weight        integer      not null,
    published_day integer,
    status        varchar(12)  not null,
    constraint pk_search_term primary key (term, kind, record_id),
    constraint ck_search_term_kind check (kind in ('ARTICLE', 'QUOTE', 'CLAIM')),
    constraint ck_search_term_weight check (weight between 1 and 3),
    constraint ck_search_term_status check (status in ('ACTIVE', 'RETRACTED'))
);
-- The primary key's index, led by term, is what a search reads; these two serve rewriting a record's rows.
create index ix_search_term_record on search_term (kind, record_id);
create index ix_search_term_article on search_term (article_id);
