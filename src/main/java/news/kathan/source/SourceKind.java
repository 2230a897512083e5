package news.kathan.source;

/** The kinds of source a quote or claim can be attributed to. */
public enum SourceKind {
    PERSON, OUTLET, PARTY, ANONYMOUS
}
