package news.kathan.quote;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.kathan.article.Article;
import news.kathan.article.ArticleSpecs;
import news.kathan.outlet.Outlet;
import news.kathan.person.Person;
import news.kathan.source.SourceKind;
import org.dataloader.DataLoader;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * A page of quotes read in one statement together with what its nodes' hops ask for: the article (without its
 * body), the article's outlet and a speaker who is a person. What was read is primed into the request's data
 * loaders of those hops ({@code Quote.article}, {@code Article.outlet}, {@code Quote.speaker}), so their fields
 * resolve from the loaders' caches and issue no statements of their own; a hop the page did not read (a speaker
 * who is an outlet, a party or an anonymous source) is loaded in a batch as before. Quotes by person, the most
 * asked question, is then two statements (the name, the page) and a count, not five and a count, and none of
 * the page's hops goes through a batch load's futures. Left joins throughout, so that the quotes table stays the
 * one the database walks in the page's order and stops after the page.
 */
@Component
class QuotePages {

    /** The hops of a quote that a page can read along with it, as the client's selection asks for them. */
    record Hops(boolean article, boolean outlet, boolean speaker) {

        static Hops of(DataFetchingFieldSelectionSet selection) {
            return new Hops(asked(selection, "article"), asked(selection, "article/outlet"),
                    asked(selection, "speaker"));
        }

        private static boolean asked(DataFetchingFieldSelectionSet selection, String hop) {
            return selection.contains("nodes/" + hop) || selection.contains("edges/node/" + hop);
        }

        boolean any() {
            return article || speaker;
        }
    }

    private final EntityManager entityManager;

    QuotePages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * At most {@code limit} quotes matching {@code filter} in {@code order}, each with the hops asked for, primed
     * into the request's loaders.
     */
    List<Quote> read(Specification<Quote> filter, Sort order, int limit, Hops hops, DataFetchingEnvironment env) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Quote> quote = query.from(Quote.class);
        List<Selection<?>> selected = new ArrayList<>(List.of(quote));
        Join<Quote, Article> article = null;
        Join<Article, Outlet> outlet = null;
        Join<Quote, Person> person = null;
        if (hops.article()) {
            article = quote.join(Article.class, JoinType.LEFT);
            article.on(cb.equal(article.get("id"), quote.get("articleId")));
            selected.add(ArticleSpecs.withoutBody(cb, article));
            if (hops.outlet()) {
                outlet = article.join(Outlet.class, JoinType.LEFT);
                outlet.on(cb.equal(outlet.get("id"), article.get("outletId")));
                selected.add(outlet);
            }
        }
        if (hops.speaker()) {
            person = quote.join(Person.class, JoinType.LEFT);
            person.on(cb.equal(person.get("id"), quote.get("attribution").get("personId")));
            selected.add(person);
        }
        query.multiselect(selected);
        var where = filter.toPredicate(quote, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.orderBy(QueryUtils.toOrders(order, quote, cb));
        // Read-only, as the repositories' reads are: no snapshots kept for a flush that never comes.
        List<Object[]> rows = entityManager.createQuery(query).setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(limit).getResultList();

        List<Quote> page = new ArrayList<>(rows.size());
        Map<Long, Article> articles = new HashMap<>();
        DataLoader<Quote, Article> articleLoader = env.getDataLoader("Quote.article");
        DataLoader<Article, Outlet> outletLoader = env.getDataLoader("Article.outlet");
        DataLoader<Quote, Object> speakerLoader = env.getDataLoader("Quote.speaker");
        for (Object[] row : rows) {
            Quote read = (Quote) row[0];
            page.add(read);
            int column = 1;
            if (article != null) {
                // One article object per article, as its loader would give: the hops below it batch by article.
                Article readArticle = (Article) row[column++];
                Article itsArticle = articles.computeIfAbsent(readArticle.getId(), id -> readArticle);
                prime(articleLoader, read, itsArticle);
                if (outlet != null) {
                    prime(outletLoader, itsArticle, itsArticle.getOutletId() == null ? null : (Outlet) row[column]);
                    column++;
                }
            }
            if (person != null && read.getSpeaker().kind() == SourceKind.PERSON && row[column] != null) {
                prime(speakerLoader, read, row[column]);
            }
        }
        return page;
    }

    private static <K, V> void prime(@Nullable DataLoader<K, V> loader, K key, @Nullable V value) {
        if (loader != null) {
            loader.prime(key, value);
        }
    }
}
