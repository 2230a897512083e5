package news.kathan.quote;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import news.kathan.api.Batches;
import news.kathan.api.Connection;
import news.kathan.api.Cursor;
import news.kathan.api.PageRequest;
import news.kathan.api.Specs;
import news.kathan.api.TotalCounts;
import news.kathan.article.Article;
import news.kathan.article.ArticleRepository;
import news.kathan.article.ArticleSpecs;
import news.kathan.article.AttributedPages;
import news.kathan.outlet.Outlet;
import news.kathan.outlet.OutletRepository;
import news.kathan.person.Person;
import news.kathan.person.PersonRepository;
import news.kathan.search.SearchKind;
import news.kathan.search.TextFilter;
import news.kathan.source.SourceLoader;
import news.kathan.source.SourceLookup;
import news.kathan.source.SourceRef;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class QuoteController {

    /** The QuoteFilter input of the schema. */
    record QuoteFilter(@Nullable String speaker, @Nullable String language, @Nullable LocalDate from,
                       @Nullable LocalDate to, @Nullable String text, @Nullable String outlet,
                       @Nullable Boolean includeRetracted) {
    }

    /** The hops of a quote, beside those of every attributed text, that a page reads along with it when asked. */
    private static final AttributedPages.ToOne VIA = new AttributedPages.ToOne("via", Outlet.class, "viaOutletId");
    private static final AttributedPages.ToOne ORIGINAL_AUTHOR =
            new AttributedPages.ToOne("originalAuthor", Person.class, "originalAuthorId");

    private final QuoteRepository quotes;
    private final QuoteRevisionRepository revisions;
    private final ArticleRepository articles;
    private final OutletRepository outlets;
    private final PersonRepository people;
    private final SourceLookup lookup;
    private final SourceLoader sources;
    private final TotalCounts totals;
    private final AttributedPages pages;

    QuoteController(QuoteRepository quotes, QuoteRevisionRepository revisions, ArticleRepository articles,
                    OutletRepository outlets, PersonRepository people, SourceLookup lookup, SourceLoader sources,
                    TotalCounts totals, AttributedPages pages) {
        this.quotes = quotes;
        this.revisions = revisions;
        this.articles = articles;
        this.outlets = outlets;
        this.people = people;
        this.lookup = lookup;
        this.sources = sources;
        this.totals = totals;
        this.pages = pages;
    }

    @QueryMapping
    Connection<Quote> quotes(@Argument @Nullable QuoteFilter filter, @Argument @Nullable Integer first,
                             @Argument @Nullable String after, DataFetchingEnvironment env) {
        PageRequest page = PageRequest.of(first, after);
        SourceLookup.Resolved speaker = filter == null || filter.speaker() == null ? null : lookup.any(filter.speaker());
        Specification<Quote> spec = filter == null ? Specs.all() : spec(filter, speaker);
        boolean activeOnly = filter == null || !Boolean.TRUE.equals(filter.includeRetracted());
        if (activeOnly) {
            spec = spec.and(Specs.equal("status", news.kathan.article.Status.ACTIVE));
        }
        return pages.page(Quote.class, "speaker", quotes, spec, Specs.idAfter(page.cursor(1)),
                order(speaker, activeOnly), page, quote -> Cursor.of(quote.getId()),
                total -> totals.of("quotes", filter, total), env, VIA, ORIGINAL_AUTHOR);
    }

    /** Id order; for one person's active quotes, along ix_quote_speaker_person (see Specs#byIdWithin). */
    static Sort order(SourceLookup.@Nullable Resolved speaker, boolean activeOnly) {
        return activeOnly && speaker != null && speaker.isOnePerson()
                ? Specs.byIdWithin("attribution.personId", "status") : Sort.by("id");
    }

    private Specification<Quote> spec(QuoteFilter filter, SourceLookup.@Nullable Resolved speaker) {
        Specification<Quote> spec = Specs.<Quote>equal("language", filter.language())
                .and(TextFilter.containing(SearchKind.QUOTE, filter.text()))
                .and(ArticleSpecs.fromArticles("articleId", filter.from(), filter.to(),
                        filter.outlet() == null ? null : lookup.outlets(filter.outlet())));
        if (speaker != null) {
            spec = spec.and(Specification.anyOf(
                    Specs.in("attribution.personId", speaker.people()),
                    Specs.in("attribution.outletId", speaker.outlets()),
                    Specs.in("attribution.partyId", speaker.parties()),
                    Specs.in("attribution.anonymousSourceId", speaker.anonymous())));
        }
        return spec;
    }

    @BatchMapping
    List<Object> speaker(List<Quote> batch) {
        return sources.load(batch.stream().map(Quote::getSpeaker).toList());
    }

    /** The versions corrections replaced, newest first. */
    @BatchMapping
    List<List<QuoteRevision>> history(List<Quote> batch) {
        Map<Long, List<QuoteRevision>> byQuote = new java.util.HashMap<>();
        for (QuoteRevision revision : revisions.findByQuoteIdInOrderByRevisionDesc(Batches.ids(batch, Quote::getId))) {
            byQuote.computeIfAbsent(revision.getQuoteId(), id -> new java.util.ArrayList<>()).add(revision);
        }
        return Batches.children(batch, Quote::getId, byQuote);
    }

    @BatchMapping(typeName = "QuoteRevision", field = "speaker")
    List<Object> revisionSpeaker(List<QuoteRevision> batch) {
        return sources.load(batch.stream().map(QuoteRevision::getSpeaker).toList());
    }

    @BatchMapping
    Map<Quote, Article> article(List<Quote> batch) {
        return Batches.resolve(batch, Quote::getArticleId,
                Batches.byId(articles.findWithoutBodies(Batches.ids(batch, Quote::getArticleId)), Article::getId));
    }

    @BatchMapping
    Map<Quote, Outlet> via(List<Quote> batch) {
        return Batches.resolve(batch, Quote::getViaOutletId,
                Batches.byId(outlets.findAllById(Batches.ids(batch, Quote::getViaOutletId)), Outlet::getId));
    }

    @BatchMapping
    Map<Quote, Person> originalAuthor(List<Quote> batch) {
        return Batches.resolve(batch, Quote::getOriginalAuthorId,
                Batches.byId(people.findAllById(Batches.ids(batch, Quote::getOriginalAuthorId)), Person::getId));
    }
}
