package news.kathan.ingest.extract;

import java.time.LocalDate;
import java.util.List;
import news.kathan.event.DatePrecision;
import news.kathan.event.EventKind;
import org.jspecify.annotations.Nullable;

/**
 * A dated event the extractor found in one article.
 *
 * @param start       where the sentence that mentions it starts in the body
 * @param end         where that sentence ends
 * @param participants person ids (negative for people first met in this article)
 * @param scope       for elections, which body is elected (assembly, lok-sabha, …); part of the event's identity
 */
public record FoundEvent(EventKind kind, LocalDate date, DatePrecision precision, @Nullable LocalDate until,
                         int start, int end, List<Long> participants, List<Long> parties, String scope,
                         String summary, @Nullable String outcome, String method, double confidence) {
}
