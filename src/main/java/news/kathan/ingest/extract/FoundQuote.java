package news.kathan.ingest.extract;

import org.jspecify.annotations.Nullable;

/**
 * A direct quote the extractor found: the span of the quoted words in the body, who said them, the agency that
 * carried them (an embedded post), who wrote them when they are recited, and the rule that found them.
 */
public record FoundQuote(int start, int end, Source speaker, @Nullable Long viaOutletId,
                         @Nullable Long originalAuthorId, String method, double confidence) {
}
