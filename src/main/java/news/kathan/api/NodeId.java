package news.kathan.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * A global, opaque object id: the GraphQL type name and the database id, base64url-encoded ("Quote:12" becomes
 * "UXVvdGU6MTI"). Clients must treat it as opaque; it is stable for the life of the object.
 */
public record NodeId(String type, long id) {

    /** The types that implement Node, and so can be fetched by id. */
    public static final Set<String> TYPES = Set.of("Article", "Person", "Party", "Outlet", "Quote", "Claim", "Event",
            "AnonymousSource");

    public NodeId {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Not a node type: " + type);
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(String type, long id) {
        return new NodeId(type, id).encode();
    }

    /** The id a string encodes, or empty when it is not a well-formed node id. */
    public static Optional<NodeId> decode(String value) {
        // A name passed where a name or an id is accepted (a speaker, a source) is not base64url: it is turned
        // away here rather than by the decoder's exception, which would cost a stack trace per request.
        if (value.isEmpty() || value.length() > 100 || !value.chars().allMatch(NodeId::isBase64Url)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String type = decoded.substring(0, colon);
            long id = Long.parseLong(decoded.substring(colon + 1));
            return TYPES.contains(type) && id > 0 ? Optional.of(new NodeId(type, id)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '=';
    }

    /** The database id of a node of the given type, or empty when the value is not such a node id. */
    public static Optional<Long> idOf(String value, String type) {
        return decode(value).filter(n -> n.type().equals(type)).map(NodeId::id);
    }
}
