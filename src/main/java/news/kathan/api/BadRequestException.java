package news.kathan.api;

/** A client's mistake in an argument; answered as a GraphQL error with code BAD_REQUEST. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}
