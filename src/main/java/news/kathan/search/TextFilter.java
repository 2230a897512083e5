package news.kathan.search;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.List;
import news.kathan.api.Specs;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;

/**
 * The {@code text} filter of quotes and claims, answered from the word index rather than by scanning every text
 * with LIKE: a record matches when it contains every word of the filter, by spelling key, so case, diacritics,
 * nukta and script do not matter ("kanpur" finds कानपुर) but each word must be a whole word. Stop words are
 * ignored; a text with no other words matches nothing.
 */
public final class TextFilter {

    private TextFilter() {
    }

    public static <T> Specification<T> containing(SearchKind kind, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return Specs.all();
        }
        List<String> keys = SearchQuery.filter(text).keys();
        if (keys.isEmpty()) {
            return (root, query, cb) -> cb.disjunction();
        }
        return (root, query, cb) -> {
            Subquery<Long> matching = query.subquery(Long.class);
            Root<SearchTerm> term = matching.from(SearchTerm.class);
            Path<SearchTerm.Key> id = term.get("id");
            Path<Long> recordId = id.get("recordId");
            matching.select(recordId)
                    .where(cb.equal(id.get("kind"), kind), id.get("term").in(keys))
                    .groupBy(recordId)
                    .having(cb.equal(cb.count(recordId), (long) keys.size()));
            return root.get("id").in(matching);
        };
    }
}
