package news.kathan.ingest;

/**
 * What an ingestion did: the stored article's id and version, and whether anything changed (sending the same
 * article twice changes nothing).
 */
public record IngestResult(long articleId, int version, boolean changed, int quotes, int claims, int events) {
}
