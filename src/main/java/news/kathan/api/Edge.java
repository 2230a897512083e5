package news.kathan.api;

/** One item of a connection, with the cursor to continue after it. */
public record Edge<T>(String cursor, T node) {
}
