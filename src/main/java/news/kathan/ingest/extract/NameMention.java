package news.kathan.ingest.extract;

/**
 * Where an article names a person, party or outlet. Known entities carry their id; people first met in this
 * article carry a negative id local to it (see {@link ArticleNames#newPeople()}).
 *
 * @param how NAME (a known name), TYPO (a one-letter variant of a name printed in full in the same article),
 *            PARTIAL (a first name or surname of someone named in full earlier), PATTERN (a new name found by its
 *            place in the sentence: before ने, after a role, before a reporting verb)
 */
public record NameMention(EntityKind kind, long id, int start, int end, String how) {

    public boolean isPerson() {
        return kind == EntityKind.PERSON;
    }

    boolean covers(int offset) {
        return start <= offset && offset < end;
    }
}
