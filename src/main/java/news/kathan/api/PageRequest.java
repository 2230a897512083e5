package news.kathan.api;

import org.jspecify.annotations.Nullable;

/**
 * The {@code first}/{@code after} arguments of a connection, checked: {@code first} defaults to 20 and must lie in
 * 0..100. Asking for more is an error rather than a silent cap, so a client never mistakes a short page for the
 * end of the data.
 */
public record PageRequest(int first, @Nullable String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(@Nullable Integer first, @Nullable String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw new BadRequestException("first must be between 0 and " + MAX_SIZE + ", got " + size);
        }
        return new PageRequest(size, after == null || after.isEmpty() ? null : after);
    }

    /** The keyset position after which this page starts, or null for the first page. */
    public @Nullable Cursor cursor(int values) {
        return after == null ? null : Cursor.decode(after, values);
    }

    /** How many rows to fetch: one more than the page, to know whether another page follows. */
    public int fetchSize() {
        return first + 1;
    }
}
