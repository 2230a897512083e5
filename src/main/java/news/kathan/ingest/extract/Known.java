package news.kathan.ingest.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something the archive already knows by name: a person, party or outlet, with its id and every name it goes by.
 *
 * @param agency for outlets, whether it is a wire agency (whose interviews other outlets carry)
 * @param handles for outlets, the social-media handles that sign their posts, lower-case
 * @param gender  for people, F or M when known: "she" never refers to a man, nor "he" to a woman
 */
public record Known(EntityKind kind, long id, String name, List<String> names, boolean agency, List<String> handles,
                    @Nullable String gender) {

    public static Known person(long id, String name, List<String> names, @Nullable String gender) {
        return new Known(EntityKind.PERSON, id, name, List.copyOf(names), false, List.of(), gender);
    }

    public static Known party(long id, String name, List<String> names) {
        return new Known(EntityKind.PARTY, id, name, List.copyOf(names), false, List.of(), null);
    }

    public static Known outlet(long id, String name, List<String> names, boolean agency, List<String> handles) {
        return new Known(EntityKind.OUTLET, id, name, List.copyOf(names), agency, List.copyOf(handles), null);
    }
}
