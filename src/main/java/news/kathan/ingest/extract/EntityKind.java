package news.kathan.ingest.extract;

/** The kinds of named thing the extractor recognises in text. */
public enum EntityKind {
    PERSON, PARTY, OUTLET
}
