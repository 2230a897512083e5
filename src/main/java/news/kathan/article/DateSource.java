package news.kathan.article;

/** Where an article's publication date came from; NONE means the text gives none and none is invented. */
public enum DateSource {
    HEADER, PUBLISHED_LINE, UPDATED_LINE, DATELINE, PROVIDED, NONE
}
