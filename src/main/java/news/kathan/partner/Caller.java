package news.kathan.partner;

import news.kathan.api.UnauthorizedException;
import org.jspecify.annotations.Nullable;

/**
 * Who sent a request, as its Authorization header says: a partner with a valid key, nobody (no key: reads are
 * open to all), or somebody with a key that is not valid.
 */
record Caller(@Nullable Partner partner, boolean invalidKey) {

    /** The name under which the caller sits in the GraphQL context. */
    static final String CONTEXT_KEY = "kathanCaller";

    static final Caller ANONYMOUS = new Caller(null, false);
    static final Caller INVALID = new Caller(null, true);

    /** The partner a write is made as; without a valid key there is none, and the write is refused. */
    Partner writer() {
        if (partner != null) {
            return partner;
        }
        throw new UnauthorizedException(invalidKey ? "The API key is not valid (unknown or revoked)"
                : "Writing needs an API key: send it as Authorization: Bearer <key>");
    }
}
