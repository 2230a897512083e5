package news.kathan.article;

/** Whether a quote or claim stands: a retracted one leaves the default results but keeps its history. */
public enum Status {
    ACTIVE, RETRACTED
}
