package news.kathan.synthetic;

import java.time.LocalDate;
import java.util.List;
import news.kathan.event.DatePrecision;
import news.kathan.event.EventKind;
import news.kathan.ingest.IngestRequest;
import news.kathan.source.SourceKind;

/**
 * One synthetic article: its raw text in the seed format, and what the generator planted in it, so that tests can
 * check what the pipeline found against what is there. The generator never stores any of the planted records: the
 * pipeline reads them from the text like any other article's.
 *
 * @param index    the article's number in the archive of its seed, from 0
 * @param language hi or en
 * @param outlet   the publishing outlet, as printed after the title
 */
record ArticlePlan(int index, String externalId, String language, LocalDate publishedOn, String outlet, String text,
                   List<Quote> quotes, List<Claim> claims, List<Event> events) {

    /** A quote and who said it, by rank in the cast. */
    record Quote(String text, int speaker) {
    }

    /**
     * A claim and its source: a person by rank, a party or outlet by index in the cast, or an anonymous source
     * (source -1) described as printed.
     */
    record Claim(String text, SourceKind kind, int source, String printedSource) {
    }

    /** An event with its date at the precision the text gives, and the person who did it, by rank. */
    record Event(EventKind kind, LocalDate date, DatePrecision precision, int person) {
    }

    /** The article as an ingestion request of a feed: no metadata beyond what the text gives, as for the seeds. */
    IngestRequest request(String feed) {
        return new IngestRequest(feed, externalId, text, null, null, null, null, null);
    }
}
