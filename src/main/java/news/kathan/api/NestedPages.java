package news.kathan.api;

import graphql.schema.DataFetchingEnvironment;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of a connection nested under a list of parents ({@code people { quotes(first: 5) }}), loaded for all
 * parents at once: one windowed query ({@code row_number() over (partition by parent)}, which H2 and PostgreSQL
 * both run) for the ids, one query for the entities, and one grouped count only if {@code totalCount} is asked
 * for. Children are ordered by id, and {@code after} is a keyset cursor on it.
 */
@Component
public class NestedPages {

    /** One parent's page request. Keys with the same page arguments are loaded together. */
    public record Key(long parentId, int first, @Nullable String after, boolean withCount) {

        public static Key of(long parentId, @Nullable Integer first, @Nullable String after,
                             DataFetchingEnvironment env) {
            PageRequest request = PageRequest.of(first, after);
            request.cursor(1); // a malformed cursor fails now, as this field's error
            return new Key(parentId, request.first(), request.after(), env.getSelectionSet().contains("totalCount"));
        }

        PageRequest request() {
            return new PageRequest(first, after);
        }
    }

    /**
     * Where children live: their entity, table and the column that points to the parent, and a fixed SQL
     * condition they must meet (written by us, never from input; for example that a quote is not retracted).
     */
    public record Children<T>(Class<T> entity, String table, String parentColumn, Function<T, Long> id,
                              String condition) {

        public Children(Class<T> entity, String table, String parentColumn, Function<T, Long> id) {
            this(entity, table, parentColumn, id, "1 = 1");
        }

        /** Quotes or claims: retracted ones are left out, as in the top-level connections. */
        public static <T> Children<T> active(Class<T> entity, String table, String parentColumn, Function<T, Long> id) {
            return new Children<>(entity, table, parentColumn, id, "t.status = 'ACTIVE'");
        }
    }

    private final EntityManager entityManager;

    NestedPages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public <T> Map<Key, Connection<T>> load(Collection<Key> keys, Children<T> children) {
        Map<Key, Connection<T>> pages = new HashMap<>();
        Map<List<Object>, List<Key>> groups = keys.stream().collect(Collectors.groupingBy(
                k -> Arrays.asList(k.first(), k.after(), k.withCount()), LinkedHashMap::new,
                Collectors.toList()));
        for (List<Key> group : groups.values()) {
            Key sample = group.get(0);
            List<Long> parents = group.stream().map(Key::parentId).distinct().toList();
            Map<Long, List<T>> rows = rows(children, parents, sample);
            Map<Long, Integer> counts = sample.withCount() ? counts(children, parents) : Map.of();
            for (Key key : group) {
                List<T> fetched = rows.getOrDefault(key.parentId(), List.of());
                int total = counts.getOrDefault(key.parentId(), 0);
                pages.put(key, Connection.of(fetched, key.request(), node -> Cursor.of(children.id().apply(node)),
                        () -> total));
            }
        }
        return pages;
    }

    private <T> Map<Long, List<T>> rows(Children<T> children, List<Long> parents, Key sample) {
        if (sample.first() == 0) {
            return Map.of();
        }
        Cursor after = sample.request().cursor(1);
        String sql = "select id, parent from (select t.id as id, t." + children.parentColumn() + " as parent, "
                + "row_number() over (partition by t." + children.parentColumn() + " order by t.id) as position "
                + "from " + children.table() + " t where t." + children.parentColumn() + " in (:parents)"
                + " and " + children.condition()
                + (after == null ? "" : " and t.id > :after") + ") ranked where position <= :fetch order by parent, id";
        var query = entityManager.createNativeQuery(sql)
                .setParameter("parents", parents)
                .setParameter("fetch", sample.request().fetchSize());
        if (after != null) {
            query.setParameter("after", after.longValue(0));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> ids = query.getResultList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Long> childIds = ids.stream().map(row -> ((Number) row[0]).longValue()).toList();
        Map<Long, T> byId = entityManager.createQuery("select e from " + children.entity().getSimpleName()
                        + " e where e.id in :ids", children.entity())
                .setParameter("ids", childIds)
                .getResultStream()
                .collect(Collectors.toMap(children.id(), e -> e));
        Map<Long, List<T>> byParent = new HashMap<>();
        for (Object[] row : ids) {
            T child = byId.get(((Number) row[0]).longValue());
            // A write that committed between the two statements (a new version of the article) may have deleted it.
            if (child != null) {
                byParent.computeIfAbsent(((Number) row[1]).longValue(), p -> new ArrayList<>()).add(child);
            }
        }
        return byParent;
    }

    private Map<Long, Integer> counts(Children<?> children, List<Long> parents) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select t." + children.parentColumn() + ", count(*) from "
                        + children.table() + " t where t." + children.parentColumn() + " in (:parents) and "
                        + children.condition() + " group by t." + children.parentColumn())
                .setParameter("parents", parents)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).intValue()));
    }
}
