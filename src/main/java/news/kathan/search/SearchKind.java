package news.kathan.search;

/** What a search term belongs to; also the order in which hits of equal rank are listed. */
public enum SearchKind {
    ARTICLE, CLAIM, QUOTE
}
