package news.kathan.api;

/** A write the caller's key does not allow; answered with code FORBIDDEN. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
