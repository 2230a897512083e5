package news.kathan.article;

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
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;
import news.kathan.api.Connection;
import news.kathan.api.Cursor;
import news.kathan.api.PageRequest;
import news.kathan.api.Specs;
import news.kathan.outlet.Outlet;
import news.kathan.person.Person;
import news.kathan.source.AnonymousSource;
import news.kathan.source.SourceKind;
import org.dataloader.DataLoader;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * A page of quotes or claims read in one statement together with what its nodes' hops ask for: the article
 * (without its body), the article's outlet, a source who is a person or an anonymous source, and the hops to one
 * entity by an id that a type's controller names ({@link ToOne}: a quote's {@code via} outlet). What was read is
 * primed into the request's data loaders of those hops ({@code Quote.article} or {@code Claim.article},
 * {@code Article.outlet}, {@code Quote.speaker} or {@code Claim.source}, {@code Quote.via}), so their fields
 * resolve from the loaders' caches at once ({@code news.kathan.api.PrimedFields}) and issue no statements of
 * their own; a hop the page did not read (a source that is an outlet or a party) is loaded in a batch as before.
 * Quotes by person, the most asked question, is then two statements (the name, the page) and a count, not five
 * and a count; claims by anonymous source the page, its sources' parties and a count, not five and a count. Left
 * joins throughout, so that the page's own table stays the one the database walks in the page's order and stops
 * after the page.
 */
@Component
public class AttributedPages {

    /**
     * A hop of one type of record to one entity by an id it holds, such as a quote's {@code via} outlet: named by its
     * field, read along with a page that asks for it, and primed into the loader of {@code <Type>.<field>} (with
     * null where the id is null), so the field resolves like the hops every attributed text has.
     */
    public record ToOne(String field, Class<?> target, String idAttribute) {
    }

    /**
     * The hops of a quote or claim that a page can read along with it, as the client's selection asks for them;
     * {@code source} is the hop to the record's source, named {@code speaker} on quotes and {@code source} on claims.
     */
    private record Hops(boolean article, boolean outlet, boolean source, List<ToOne> more) {

        static Hops of(DataFetchingFieldSelectionSet selection, String sourceField, List<ToOne> toOnes) {
            return new Hops(asked(selection, "article"), asked(selection, "article/outlet"),
                    asked(selection, sourceField), toOnes.stream().filter(hop -> asked(selection, hop.field())).toList());
        }

        private static boolean asked(DataFetchingFieldSelectionSet selection, String hop) {
            return selection.contains("nodes/" + hop) || selection.contains("edges/node/" + hop);
        }

        boolean any() {
            return article || source || !more.isEmpty();
        }
    }

    private final EntityManager entityManager;

    AttributedPages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A connection of records of {@code type}, as {@link Specs#page} reads it, but with the hops the selection asks
     * for read along with the page and primed into the request's loaders of the GraphQL type named as the class,
     * whose source field is {@code sourceField}, and with those of {@code toOnes} it asks for. A page that asks for
     * no hop, or for no rows, is read as before.
     */
    public <T extends AttributedText> Connection<T> page(Class<T> type, String sourceField,
                                                         JpaSpecificationExecutor<T> repository,
                                                         Specification<T> filter, Specification<T> afterCursor,
                                                         Sort order, PageRequest request, Function<T, Cursor> cursor,
                                                         UnaryOperator<IntSupplier> remembered,
                                                         DataFetchingEnvironment env, ToOne... toOnes) {
        Hops hops = Hops.of(env.getSelectionSet(), sourceField, List.of(toOnes));
        if (request.first() == 0 || !hops.any()) {
            return Specs.page(repository, filter, afterCursor, order, request, cursor, remembered);
        }
        List<T> rows = read(type, sourceField, filter.and(afterCursor), order, request.fetchSize(), hops, env);
        return Specs.page(rows, repository, filter, request, cursor, remembered);
    }

    /**
     * At most {@code limit} records of {@code type} matching {@code filter} in {@code order}, each with the hops
     * asked for, primed into the request's loaders.
     */
    private <T extends AttributedText> List<T> read(Class<T> type, String sourceField, Specification<T> filter,
                                                    Sort order, int limit, Hops hops, DataFetchingEnvironment env) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<T> record = query.from(type);
        List<Selection<?>> selected = new ArrayList<>(List.of(record));
        Join<T, Article> article = null;
        Join<Article, Outlet> outlet = null;
        Join<T, Person> person = null;
        Join<T, AnonymousSource> anonymous = null;
        if (hops.article()) {
            article = record.join(Article.class, JoinType.LEFT);
            article.on(cb.equal(article.get("id"), record.get("articleId")));
            selected.add(ArticleSpecs.withoutBody(cb, article));
            if (hops.outlet()) {
                outlet = article.join(Outlet.class, JoinType.LEFT);
                outlet.on(cb.equal(outlet.get("id"), article.get("outletId")));
                selected.add(outlet);
            }
        }
        if (hops.source()) {
            person = record.join(Person.class, JoinType.LEFT);
            person.on(cb.equal(person.get("id"), record.get("attribution").get("personId")));
            selected.add(person);
            anonymous = record.join(AnonymousSource.class, JoinType.LEFT);
            anonymous.on(cb.equal(anonymous.get("id"), record.get("attribution").get("anonymousSourceId")));
            selected.add(anonymous);
        }
        for (ToOne hop : hops.more()) {
            Join<T, ?> target = record.join(hop.target(), JoinType.LEFT);
            target.on(cb.equal(target.get("id"), record.get(hop.idAttribute())));
            selected.add(target);
        }
        query.multiselect(selected);
        var where = filter.toPredicate(record, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.orderBy(QueryUtils.toOrders(order, record, cb));
        // Read-only, as the repositories' reads are: no snapshots kept for a flush that never comes.
        List<Object[]> rows = entityManager.createQuery(query).setHint(HibernateHints.HINT_READ_ONLY, true)
                .setMaxResults(limit).getResultList();

        String typeName = type.getSimpleName();
        List<T> page = new ArrayList<>(rows.size());
        Map<Long, Article> articles = new HashMap<>();
        DataLoader<T, Article> articleLoader = env.getDataLoader(typeName + ".article");
        DataLoader<Article, Outlet> outletLoader = env.getDataLoader("Article.outlet");
        DataLoader<T, Object> sourceLoader = env.getDataLoader(typeName + "." + sourceField);
        List<DataLoader<T, Object>> moreLoaders = hops.more().stream()
                .map(hop -> env.<T, Object>getDataLoader(typeName + "." + hop.field())).toList();
        for (Object[] row : rows) {
            T read = type.cast(row[0]);
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
            if (person != null) {
                SourceKind kind = read.getAttribution().kind();
                Object source = kind == SourceKind.PERSON ? row[column]
                        : kind == SourceKind.ANONYMOUS ? row[column + 1] : null;
                if (source != null) {
                    prime(sourceLoader, read, source);
                }
                column += 2;
            }
            for (DataLoader<T, Object> loader : moreLoaders) {
                prime(loader, read, row[column++]);
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
