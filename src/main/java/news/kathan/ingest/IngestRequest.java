package news.kathan.ingest;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One article to ingest, as raw text with what its sender knows about it.
 *
 * @param feed        who delivers it: {@code seeds} for files loaded at start-up, or a partner's feed
 * @param externalId  the sender's id for the article: the same id again is a new version of the same article
 * @param text        the raw article text, in the seed format (an optional {@code " date YYYY-MM-DD"} header)
 * @param title       a title that overrides the one read from the text
 * @param publishedOn a publication date that overrides the one read from the text
 * @param language    hi or en, overriding the one detected from the script
 * @param outletId    the publishing outlet when the sender is bound to one (a partner)
 */
public record IngestRequest(String feed, String externalId, String text, @Nullable String title,
                            @Nullable String url, @Nullable LocalDate publishedOn, @Nullable String language,
                            @Nullable Long outletId) {

    public static IngestRequest seed(String fileName, String text) {
        return new IngestRequest(news.kathan.article.Article.SEED_FEED, fileName, text, null, null, null, null, null);
    }
}
