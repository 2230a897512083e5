package news.kathan.api;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Building blocks for the filters of connections, and the paging query itself. Every filter value arrives as a
 * bound parameter.
 */
public final class Specs {

    private Specs() {
    }

    public static <T> Specification<T> all() {
        return Specification.unrestricted();
    }

    public static <T> Specification<T> equal(String attribute, @Nullable Object value) {
        return value == null ? all() : (root, query, cb) -> cb.equal(path(root, attribute), value);
    }

    public static <T> Specification<T> in(String attribute, Collection<Long> ids) {
        return (root, query, cb) -> ids.isEmpty() ? cb.disjunction() : path(root, attribute).in(ids);
    }

    /** An attribute path such as "speaker.personId" (an attribute of an embedded value). */
    static <X> Path<X> path(Root<?> root, String attribute) {
        Path<?> path = root;
        for (String part : attribute.split("\\.")) {
            path = path.get(part);
        }
        @SuppressWarnings("unchecked")
        Path<X> typed = (Path<X>) path;
        return typed;
    }

    /**
     * Id order, led by attributes that the filter holds to one value each: the same order as by id alone, spelled
     * so that a database walks an index on (those attributes, id) in order and stops after the page. H2 does not see
     * for itself that equality on an index's leading columns leaves its entries in id order; given {@code order by
     * id} it reads every match and sorts them (a page of the 150,000 anonymous claims of a 100,000-article archive
     * took seconds). Only for an index's leading columns, in its order: led by an attribute no index starts with,
     * the order would keep H2 from walking the primary key instead.
     */
    public static Sort byIdWithin(String... pinned) {
        return Sort.by(pinned).and(Sort.by("id"));
    }

    /** Rows strictly after the cursor, for connections ordered by id. */
    public static <T> Specification<T> idAfter(@Nullable Cursor cursor) {
        if (cursor == null) {
            return all();
        }
        long id = cursor.longValue(0);
        return (root, query, cb) -> cb.greaterThan(root.get("id"), id);
    }

    /**
     * One page of a connection: at most {@code first + 1} rows in the given order after the cursor, and a count
     * of everything the filter matches that runs only when {@code totalCount} is read, and then only if
     * {@code remembered} (see {@link TotalCounts#of}) has no total for it yet.
     */
    public static <T> Connection<T> page(JpaSpecificationExecutor<T> repository, Specification<T> filter,
                                         Specification<T> afterCursor, Sort order, PageRequest request,
                                         Function<T, Cursor> cursor, UnaryOperator<IntSupplier> remembered) {
        List<T> rows = request.first() == 0 ? List.of() : repository.findBy(filter.and(afterCursor),
                query -> query.sortBy(order).limit(request.fetchSize()).all());
        return page(rows, repository, filter, request, cursor, remembered);
    }

    /** A page of rows read some other way ({@code request.fetchSize()} of them at most), counted as above. */
    public static <T> Connection<T> page(List<T> rows, JpaSpecificationExecutor<T> repository,
                                         Specification<T> filter, PageRequest request, Function<T, Cursor> cursor,
                                         UnaryOperator<IntSupplier> remembered) {
        return Connection.of(rows, request, cursor,
                remembered.apply(() -> Math.toIntExact(repository.count(filter))));
    }
}
