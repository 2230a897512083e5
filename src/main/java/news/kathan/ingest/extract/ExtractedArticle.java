package news.kathan.ingest.extract;

import java.util.List;
import news.kathan.ingest.read.ParsedArticle;
import org.jspecify.annotations.Nullable;

/**
 * Everything extracted from one article, before it is stored. People first met here have negative ids, listed
 * in {@code names.newPeople()}; everything else refers to the {@link Directory} the extractor was given.
 *
 * @param outletId the publishing outlet, when the text names it
 */
public record ExtractedArticle(ParsedArticle article, ArticleNames names, List<FoundQuote> quotes,
                               List<FoundClaim> claims, List<FoundEvent> events, @Nullable Long outletId) {
}
