package news.kathan.api;

/** Nothing has the id or name a field needed; answered as a GraphQL error with code NOT_FOUND. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
