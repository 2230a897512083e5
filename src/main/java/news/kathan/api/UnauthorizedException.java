package news.kathan.api;

/** A write without a valid key; answered with code UNAUTHORIZED. */
public class UnauthorizedException extends RuntimeException {

    public UnauthorizedException(String message) {
        super(message);
    }
}
