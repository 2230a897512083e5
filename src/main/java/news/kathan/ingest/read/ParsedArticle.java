package news.kathan.ingest.read;

import java.time.LocalDate;
import java.util.List;
import news.kathan.article.DateSource;
import org.jspecify.annotations.Nullable;

/**
 * One raw article read and cleaned: the body that every span will point into, and the metadata found around it.
 *
 * @param title        the printed title, or the opening of the body when the text has none
 * @param body         the cleaned text: no header, title, byline, credits, breadcrumbs, duplicate print or teaser
 * @param publishedOn  the publication date the text gives, or null
 * @param dateSource   where {@code publishedOn} came from; NONE when it is null
 * @param byline       the author line, when there is one
 * @param outletNames  outlet names printed as page furniture ("… | IANS", "उत्तरप्रदेश | दैनिक भास्कर")
 * @param language     hi or en, by the script of most of the body
 */
public record ParsedArticle(String title, String body, @Nullable LocalDate publishedOn, DateSource dateSource,
                            @Nullable String byline, List<String> outletNames, String language) {
}
