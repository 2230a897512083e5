package news.kathan.api;

/**
 * The stable values of {@code extensions.code} in GraphQL errors. Clients may switch on them; the messages are
 * for people and may change.
 */
public enum ErrorCode {
    /** The request is wrong: an argument out of range, a malformed id or cursor, an invalid date or document. */
    BAD_REQUEST,
    /** An input failed validation; the error's extensions name the field and the reason. */
    INVALID_INPUT,
    /** A write without a key, or with a key that is not valid (unknown or revoked). */
    UNAUTHORIZED,
    /** A write the key's role or outlet does not allow, such as correcting another outlet's article. */
    FORBIDDEN,
    /** The key has used its write budget; extensions.retryAfterSeconds says when to try again. */
    RATE_LIMITED,
    /** An id or name that a non-null field needed resolves to nothing. */
    NOT_FOUND,
    /**
     * The request is over one of the server's limits (depth, cost, aliases, fields, document size, body size);
     * extensions.limit names it, extensions.max is the limit and extensions.actual what the request asked for.
     */
    LIMIT_EXCEEDED,
    /** The request ran longer than the server allows and was cancelled; nothing it would have written is kept. */
    TIMEOUT,
    /** A persisted query hash the server does not know: send the query text with the hash once to register it. */
    PERSISTED_QUERY_NOT_FOUND,
    /** The server accepts only operations registered in advance, and this one is not. */
    PERSISTED_QUERY_NOT_ALLOWED,
    /** Something failed on the server; the message says nothing more, and the log has the details. */
    INTERNAL_ERROR
}
