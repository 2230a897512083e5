package news.kathan.person;

/** Where a record about a person came from. */
public enum Origin {
    /** The reference lists in seeds/reference. */
    REFERENCE,
    /** First seen in an article by the extraction pipeline. */
    EXTRACTED,
    /** Entered or corrected by an editor. */
    EDITOR
}
