-- Indexes for the questions clients ask most, at archive scale (docs/benchmarks.md shows the plans). A page of
-- quotes by a person, or of claims by a kind of source, filters on the speaker or kind and on status = ACTIVE and
-- is ordered by id; its totalCount counts the same rows. With status in the index, PostgreSQL walks the page in
-- order with no filter and counts from the index alone (an index-only scan), instead of visiting every row of a
-- prolific speaker to read its status.
drop index ix_quote_speaker_person;
create index ix_quote_speaker_person on quote (speaker_person_id, status, id);
drop index ix_claim_source_person;
create index ix_claim_source_person on claim (source_person_id, status, id);
drop index ix_claim_kind;
create index ix_claim_kind on claim (source_kind, status, id);

-- Foreign keys to person and party that had no index: deleting a person (mergePeople does) or a party checks each
-- of them, which without an index is a scan of the whole table.
create index ix_quote_original_author on quote (original_author_id);
create index ix_quote_revision_speaker_person on quote_revision (speaker_person_id);
create index ix_claim_revision_source_person on claim_revision (source_person_id);
create index ix_anonymous_source_affiliation on anonymous_source (affiliation_party_id);

-- Events overlapping a range, and their totalCount: Spring Data counts ids, so the id is in the index too and the
-- count reads the index alone.
drop index ix_event_range;
create index ix_event_range on event (range_start, range_end, id);
