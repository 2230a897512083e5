package news.kathan.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import news.kathan.ingest.read.ParsedArticle;

/**
 * Turns a read article into quotes, claims, events and mentions, against a directory of known names. Pure: no
 * database, so the same code runs at ingestion, in tests and in the evaluation against the gold annotations.
 */
public final class Extractor {

    /**
     * Phrases by which an article names its own publisher: "told TSG", "Speaking to TSG", "NDTV से खास बातचीत
     * में". Only outlets that are not wire agencies count, since agencies' interviews are carried by others.
     */
    private static final Pattern OWN_OUTLET_BEFORE = Pattern.compile("(?i)(?:told|speaking\\s+to|talking\\s+to)\\s+$");
    private static final Pattern OWN_OUTLET_AFTER = Pattern.compile("^\\s+से\\s+(?:खास|विशेष|एक्सक्लूसिव)\\s+बातचीत");

    private final Directory directory;

    public Extractor(Directory directory) {
        this.directory = directory;
    }

    public ExtractedArticle extract(ParsedArticle article) {
        ArticleText text = new ArticleText(article.body(), directory, article.publishedOn());
        QuoteExtractor.Result marked = QuoteExtractor.find(text);
        ReportedSpeech.Result reported = ReportedSpeech.find(text, marked.quotedSpans(), marked.claims());
        List<FoundQuote> quotes = new ArrayList<>(marked.quotes());
        quotes.addAll(reported.quotes());
        quotes.sort(Comparator.comparingInt(FoundQuote::start));
        List<FoundClaim> claims = new ArrayList<>(marked.claims());
        claims.addAll(reported.claims());
        claims.sort(Comparator.comparingInt(FoundClaim::start));
        List<FoundEvent> events = EventExtractor.find(text, quotes);
        return new ExtractedArticle(article, text.names, List.copyOf(quotes), List.copyOf(claims), List.copyOf(events),
                outlet(article, text).orElse(null));
    }

    private Optional<Long> outlet(ParsedArticle article, ArticleText text) {
        for (String name : article.outletNames()) {
            Optional<Known> named = directory.named(EntityKind.OUTLET, name).stream().findFirst();
            if (named.isPresent()) {
                return Optional.of(named.get().id());
            }
        }
        return text.names.mentions().stream()
                .filter(m -> m.kind() == EntityKind.OUTLET)
                .filter(m -> directory.get(EntityKind.OUTLET, m.id()).map(k -> !k.agency()).orElse(false))
                .filter(m -> OWN_OUTLET_BEFORE.matcher(text.slice(m.start() - 20, m.start())).find()
                        || OWN_OUTLET_AFTER.matcher(text.slice(m.end(), m.end() + 30)).find())
                .map(NameMention::id)
                .findFirst();
    }
}
