package news.kathan.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A keyset cursor: the sort values of the last item seen, opaque to clients. Paging continues strictly after
 * those values, so inserts never shift or repeat items the way offsets would.
 */
public record Cursor(List<String> values) {

    private static final String VERSION = "k1";

    public static Cursor of(Object... values) {
        return new Cursor(java.util.Arrays.stream(values).map(String::valueOf).toList());
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (VERSION + "|" + String.join("|", values)).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor of the expected number of values; anything else is the client's mistake. */
    public static Cursor decode(String cursor, int size) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = decoded.split("\\|", -1);
            if (parts.length == size + 1 && parts[0].equals(VERSION)) {
                return new Cursor(List.of(parts).subList(1, parts.length));
            }
        } catch (IllegalArgumentException e) {
            // not base64: fall through to the error below
        }
        throw new BadRequestException("Invalid cursor: use a cursor returned by this connection");
    }

    public long longValue(int index) {
        try {
            return Long.parseLong(values.get(index));
        } catch (NumberFormatException e) {
            throw new BadRequestException("Invalid cursor: use a cursor returned by this connection");
        }
    }

    public String value(int index) {
        return values.get(index);
    }
}
