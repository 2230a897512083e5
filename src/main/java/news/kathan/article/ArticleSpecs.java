package news.kathan.article;

import jakarta.persistence.criteria.CompoundSelection;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.kathan.api.Specs;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * Filters on records by the article they come from: its publication date (inclusive range) and its outlet.
 * Quotes and claims are filtered "from"/"to" by their article's date, since a quote is as old as its report.
 */
public final class ArticleSpecs {

    private ArticleSpecs() {
    }

    public static <T> Specification<T> fromArticles(String articleIdAttribute, @Nullable LocalDate from,
                                                    @Nullable LocalDate to, @Nullable Set<Long> outletIds) {
        if (from == null && to == null && outletIds == null) {
            return Specs.all();
        }
        return (root, query, cb) -> {
            Subquery<Long> articles = query.subquery(Long.class);
            var article = articles.from(Article.class);
            List<Predicate> conditions = new ArrayList<>();
            if (from != null) {
                conditions.add(cb.greaterThanOrEqualTo(article.get("publishedOn"), from));
            }
            if (to != null) {
                conditions.add(cb.lessThanOrEqualTo(article.get("publishedOn"), to));
            }
            if (outletIds != null) {
                conditions.add(outletIds.isEmpty() ? cb.disjunction() : article.get("outletId").in(outletIds));
            }
            articles.select(article.get("id")).where(conditions.toArray(Predicate[]::new));
            return root.get(articleIdAttribute).in(articles);
        };
    }

    /**
     * An article read as {@link ArticleRepository#findWithoutBodies} reads it, everything but the body, for a
     * criteria query that selects it beside the records that point to it.
     */
    public static CompoundSelection<Article> withoutBody(CriteriaBuilder cb, Path<Article> a) {
        return cb.construct(Article.class, a.get("id"), a.get("feed"), a.get("externalId"), a.get("outletId"),
                a.get("title"), a.get("language"), a.get("publishedOn"), a.get("dateSource"), a.get("byline"),
                a.get("url"), a.get("contentHash"), a.get("version"), a.get("ingestedAt"), a.get("updatedAt"));
    }
}
