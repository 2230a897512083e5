package news.kathan.search;

import java.util.ArrayList;
import java.util.List;
import news.kathan.article.Article;
import news.kathan.article.ArticleRepository;
import news.kathan.article.AttributedText;
import news.kathan.claim.ClaimRepository;
import news.kathan.quote.QuoteRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives articles stored before the word index existed their rows, at start-up: tokenising is Java, so the
 * migration that made the table could not fill it. On a database built from the seeds (H2 at every start) there
 * is nothing to do; on a PostgreSQL archive that predates the index, the first start indexes it once, one
 * article per transaction, before the service reports ready. Each article is locked and checked again first, so
 * that instances starting together, or an ingestion of the same article, never index it twice.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty(name = "kathan.search.backfill", matchIfMissing = true)
class SearchBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchBackfill.class);

    private final SearchIndex index;
    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final ClaimRepository claims;
    private final TransactionTemplate transactions;

    SearchBackfill(SearchIndex index, ArticleRepository articles, QuoteRepository quotes, ClaimRepository claims,
                   TransactionTemplate transactions) {
        this.index = index;
        this.articles = articles;
        this.quotes = quotes;
        this.claims = claims;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        indexArticlesWithoutTerms();
    }

    /** Indexes every article that has no rows; returns how many it indexed. */
    int indexArticlesWithoutTerms() {
        List<Long> missing = transactions.execute(status -> index.articlesWithoutTerms());
        if (missing == null || missing.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        int indexed = 0;
        for (long id : missing) {
            if (Boolean.TRUE.equals(transactions.execute(status -> indexArticle(id)))) {
                indexed++;
            }
        }
        log.info("Search index: indexed {} of {} articles stored without terms in {} ms", indexed, missing.size(),
                (System.nanoTime() - started) / 1_000_000);
        return indexed;
    }

    private boolean indexArticle(long id) {
        Article article = articles.findById(id).orElse(null);
        if (article == null) {
            return false;
        }
        article = articles.findForUpdate(article.getFeed(), article.getExternalId()).orElseThrow();
        if (index.hasTerms(id)) {
            return false;
        }
        List<AttributedText> records = new ArrayList<>(quotes.findByArticleId(id));
        records.addAll(claims.findByArticleId(id));
        index.indexArticle(article, records);
        return true;
    }
}
