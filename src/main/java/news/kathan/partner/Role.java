package news.kathan.partner;

/** What a key may write. */
public enum Role {
    /** Writes its own outlet's articles, and corrects the quotes and claims of those articles. */
    PARTNER,
    /** Corrects any article's records, names people and parties, and merges people. */
    EDITOR
}
