package news.kathan.article;

import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import news.kathan.api.Batches;
import news.kathan.api.Connection;
import news.kathan.api.Cursor;
import news.kathan.api.NestedPages;
import news.kathan.api.PageRequest;
import news.kathan.api.Specs;
import news.kathan.api.TotalCounts;
import news.kathan.claim.Claim;
import news.kathan.event.Event;
import news.kathan.event.EventRepository;
import news.kathan.outlet.Outlet;
import news.kathan.outlet.OutletRepository;
import news.kathan.party.Party;
import news.kathan.person.Person;
import news.kathan.quote.Quote;
import news.kathan.source.SourceLookup;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller
class ArticleController {

    /** The ArticleFilter input of the schema. */
    record ArticleFilter(@Nullable String outlet, @Nullable String language, @Nullable LocalDate from,
                         @Nullable LocalDate to, @Nullable String person, @Nullable OffsetDateTime updatedSince) {
    }

    private static final NestedPages.Children<Quote> QUOTES =
            NestedPages.Children.active(Quote.class, "quote", "article_id", Quote::getId);
    private static final NestedPages.Children<Claim> CLAIMS =
            NestedPages.Children.active(Claim.class, "claim", "article_id", Claim::getId);

    private final ArticleRepository articles;
    private final OutletRepository outlets;
    private final EventRepository events;
    private final PersonMentionRepository personMentions;
    private final PartyMentionRepository partyMentions;
    private final SourceLookup lookup;
    private final ArticleFeed feed;
    private final TotalCounts totals;

    ArticleController(ArticleRepository articles, OutletRepository outlets, EventRepository events,
                      PersonMentionRepository personMentions, PartyMentionRepository partyMentions,
                      SourceLookup lookup, ArticleFeed feed, NestedPages nestedPages, BatchLoaderRegistry registry,
                      TotalCounts totals) {
        this.articles = articles;
        this.outlets = outlets;
        this.events = events;
        this.personMentions = personMentions;
        this.partyMentions = partyMentions;
        this.lookup = lookup;
        this.feed = feed;
        this.totals = totals;
        registry.<NestedPages.Key, Connection<Quote>>forName("Article.quotes")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> nestedPages.load(keys, QUOTES)));
        registry.<NestedPages.Key, Connection<Claim>>forName("Article.claims")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> nestedPages.load(keys, CLAIMS)));
    }

    @QueryMapping
    Connection<Article> articles(@Argument @Nullable ArticleFilter filter, @Argument @Nullable Integer first,
                                 @Argument @Nullable String after) {
        PageRequest page = PageRequest.of(first, after);
        Specification<Article> spec = filter == null ? Specs.all() : spec(filter);
        return Specs.page(articles, spec, Specs.idAfter(page.cursor(1)), Sort.by("id"), page,
                article -> Cursor.of(article.getId()),
                total -> totals.of("articles", filter, total));
    }

    @SubscriptionMapping
    Flux<Article> articleIngested() {
        return feed.articles();
    }

    private Specification<Article> spec(ArticleFilter filter) {
        Specification<Article> spec = Specs.<Article>equal("language", filter.language())
                .and(ArticleSpecs.fromArticles("id", filter.from(), filter.to(),
                        filter.outlet() == null ? null : lookup.outlets(filter.outlet())));
        if (filter.updatedSince() != null) {
            Instant since = filter.updatedSince().toInstant();
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("updatedAt"), since));
        }
        if (filter.person() != null) {
            var people = lookup.people(filter.person());
            spec = spec.and((root, query, cb) -> {
                var mentioned = query.subquery(Long.class);
                var mention = mentioned.from(PersonMention.class);
                mentioned.select(mention.get("articleId"))
                        .where(people.isEmpty() ? cb.disjunction() : mention.get("personId").in(people));
                return root.get("id").in(mentioned);
            });
        }
        return spec;
    }

    /**
     * The body, as read with the article; articles reached through a quote, a claim or a mention are read without
     * it (ArticleRepository#findWithoutBodies), and their bodies are read here, in one statement, when asked for.
     */
    @BatchMapping
    List<String> body(List<Article> batch) {
        List<Long> missing = batch.stream().filter(article -> !article.hasBody()).map(Article::getId).toList();
        Map<Long, String> read = missing.isEmpty() ? Map.of() : Batches.values(articles.findBodies(missing));
        return batch.stream().map(article -> article.hasBody() ? article.getBody() : read.get(article.getId())).toList();
    }

    @BatchMapping
    Map<Article, Outlet> outlet(List<Article> batch) {
        return Batches.resolve(batch, Article::getOutletId,
                Batches.byId(outlets.findAllById(Batches.ids(batch, Article::getOutletId)), Outlet::getId));
    }

    @SchemaMapping
    CompletableFuture<Connection<Quote>> quotes(Article article, @Argument @Nullable Integer first,
                                                @Argument @Nullable String after, DataFetchingEnvironment env) {
        return env.<NestedPages.Key, Connection<Quote>>getDataLoader("Article.quotes")
                .load(NestedPages.Key.of(article.getId(), first, after, env));
    }

    @SchemaMapping
    CompletableFuture<Connection<Claim>> claims(Article article, @Argument @Nullable Integer first,
                                                @Argument @Nullable String after, DataFetchingEnvironment env) {
        return env.<NestedPages.Key, Connection<Claim>>getDataLoader("Article.claims")
                .load(NestedPages.Key.of(article.getId(), first, after, env));
    }

    @BatchMapping
    List<List<Event>> events(List<Article> batch) {
        Map<Long, List<Event>> byArticle = Batches.group(events.findByArticleIds(Batches.ids(batch, Article::getId)));
        return Batches.children(batch, Article::getId, byArticle);
    }

    @BatchMapping
    List<List<Person>> people(List<Article> batch) {
        Map<Long, List<Person>> byArticle =
                Batches.group(personMentions.findPeopleByArticleIds(Batches.ids(batch, Article::getId)));
        return Batches.children(batch, Article::getId, byArticle);
    }

    @BatchMapping
    List<List<Party>> parties(List<Article> batch) {
        Map<Long, List<Party>> byArticle =
                Batches.group(partyMentions.findPartiesByArticleIds(Batches.ids(batch, Article::getId)));
        return Batches.children(batch, Article::getId, byArticle);
    }
}
