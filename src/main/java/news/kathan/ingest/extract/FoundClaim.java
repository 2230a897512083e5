package news.kathan.ingest.extract;

/** A claim the extractor found: the span of the asserted content, its source, and the rule that found it. */
public record FoundClaim(int start, int end, Source source, String method, double confidence) {
}
