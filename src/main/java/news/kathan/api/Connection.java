package news.kathan.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * A Relay connection page: edges with cursors, the nodes alone, page info and the total count. The total is
 * computed only if a client asks for it, since counting is the costly part of paging a large archive.
 */
public final class Connection<T> {

    private final List<Edge<T>> edges;
    private final PageInfo pageInfo;
    private final IntSupplier totalCount;
    private Integer counted;

    private Connection(List<Edge<T>> edges, PageInfo pageInfo, IntSupplier totalCount) {
        this.edges = edges;
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    /**
     * A page from rows fetched with {@link PageRequest#fetchSize()}: the extra row, if present, only says that
     * another page follows.
     */
    public static <T> Connection<T> of(List<T> fetched, PageRequest request, Function<T, Cursor> cursor,
                                       IntSupplier totalCount) {
        boolean more = fetched.size() > request.first();
        List<T> page = more ? fetched.subList(0, request.first()) : fetched;
        List<Edge<T>> edges = new ArrayList<>(page.size());
        for (T node : page) {
            edges.add(new Edge<>(cursor.apply(node).encode(), node));
        }
        PageInfo info = new PageInfo(more, request.after() != null,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(List.copyOf(edges), info, totalCount);
    }

    public static <T> Connection<T> empty() {
        return new Connection<>(List.of(), new PageInfo(false, false, null, null), () -> 0);
    }

    public List<Edge<T>> getEdges() {
        return edges;
    }

    public List<T> getNodes() {
        return edges.stream().map(Edge::node).toList();
    }

    public PageInfo getPageInfo() {
        return pageInfo;
    }

    public synchronized int getTotalCount() {
        if (counted == null) {
            counted = totalCount.getAsInt();
        }
        return counted;
    }
}
