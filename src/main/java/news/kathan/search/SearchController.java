package news.kathan.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import news.kathan.api.Batches;
import news.kathan.api.Connection;
import news.kathan.api.PageRequest;
import news.kathan.api.TotalCounts;
import news.kathan.article.Article;
import news.kathan.article.ArticleRepository;
import news.kathan.claim.Claim;
import news.kathan.claim.ClaimRepository;
import news.kathan.quote.Quote;
import news.kathan.quote.QuoteRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.CrudRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    /** Sort values in a search cursor: matched words, weight, recency, kind and id. */
    private static final int CURSOR_VALUES = 5;

    private final SearchIndex index;
    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final ClaimRepository claims;
    private final TotalCounts totals;

    SearchController(SearchIndex index, ArticleRepository articles, QuoteRepository quotes, ClaimRepository claims,
                     TotalCounts totals) {
        this.index = index;
        this.totals = totals;
        this.articles = articles;
        this.quotes = quotes;
        this.claims = claims;
    }

    /**
     * One page of hits from the index, then the records behind them: one statement per kind of record on the
     * page, whatever its size.
     */
    @QueryMapping
    Connection<SearchResult> search(@Argument String query, @Argument @Nullable Integer first,
                                    @Argument @Nullable String after) {
        SearchQuery parsed = SearchQuery.of(query);
        PageRequest page = PageRequest.of(first, after);
        var cursor = page.cursor(CURSOR_VALUES);
        if (parsed.isEmpty()) {
            return Connection.empty();
        }
        List<SearchIndex.Hit> hits = page.first() == 0 ? List.of() : index.hits(parsed, cursor, page.fetchSize());
        Map<Long, Article> foundArticles = load(articles, hits, SearchKind.ARTICLE, Article::getId);
        Map<Long, Quote> foundQuotes = load(quotes, hits, SearchKind.QUOTE, Quote::getId);
        Map<Long, Claim> foundClaims = load(claims, hits, SearchKind.CLAIM, Claim::getId);
        List<SearchResult> results = new ArrayList<>(hits.size());
        for (SearchIndex.Hit hit : hits) {
            Object record = switch (hit.kind()) {
                case ARTICLE -> foundArticles.get(hit.recordId());
                case QUOTE -> foundQuotes.get(hit.recordId());
                case CLAIM -> foundClaims.get(hit.recordId());
            };
            // null when a new version of its article replaced the record between the two statements
            if (record != null) {
                results.add(SearchResult.of(hit, record, parsed));
            }
        }
        return Connection.of(results, page, SearchResult::cursor,
                totals.of("search", parsed, () -> index.count(parsed)));
    }

    private static <T> Map<Long, T> load(CrudRepository<T, Long> repository, List<SearchIndex.Hit> hits,
                                         SearchKind kind, Function<T, Long> id) {
        List<Long> ids = hits.stream().filter(hit -> hit.kind() == kind).map(SearchIndex.Hit::recordId).toList();
        return ids.isEmpty() ? Map.of() : Batches.byId(repository.findAllById(ids), id);
    }
}
