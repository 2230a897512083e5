package news.kathan.api;

import org.jspecify.annotations.Nullable;

/** Relay page information. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
                       @Nullable String endCursor) {
}
