package news.kathan.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Helpers for batch mappings: collect the ids a batch refers to, and index what was loaded by id. */
public final class Batches {

    private Batches() {
    }

    public static <T> Set<Long> ids(List<T> batch, Function<T, @Nullable Long> id) {
        return batch.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    public static <T> Map<Long, T> byId(Iterable<T> entities, Function<T, Long> id) {
        Map<Long, T> byId = new java.util.HashMap<>();
        entities.forEach(e -> byId.put(id.apply(e), e));
        return byId;
    }

    /** Rows of (id, value) by id. */
    @SuppressWarnings("unchecked")
    public static <V> Map<Long, V> values(List<Object[]> rows) {
        Map<Long, V> byId = new java.util.HashMap<>();
        for (Object[] row : rows) {
            byId.put(((Number) row[0]).longValue(), (V) row[1]);
        }
        return byId;
    }

    /** For each item of a batch, the loaded entity its id points to (null where it points to none). */
    public static <T, E> Map<T, E> resolve(List<T> batch, Function<T, @Nullable Long> id, Map<Long, E> loaded) {
        Map<T, E> resolved = new java.util.LinkedHashMap<>();
        for (T item : batch) {
            Long target = id.apply(item);
            if (target != null && loaded.containsKey(target)) {
                resolved.put(item, loaded.get(target));
            }
        }
        return resolved;
    }

    /** Rows of (parent id, value) grouped by parent, in row order. */
    @SuppressWarnings("unchecked")
    public static <V> Map<Long, List<V>> group(List<Object[]> rows) {
        Map<Long, List<V>> grouped = new java.util.LinkedHashMap<>();
        for (Object[] row : rows) {
            grouped.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.ArrayList<>()).add((V) row[1]);
        }
        return grouped;
    }

    /** For each item of a batch, the values grouped under its id (an empty list where there are none). */
    public static <T, V> List<List<V>> children(List<T> batch, Function<T, Long> id, Map<Long, List<V>> grouped) {
        return batch.stream().map(item -> grouped.getOrDefault(id.apply(item), List.of())).toList();
    }
}
