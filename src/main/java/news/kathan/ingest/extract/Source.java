package news.kathan.ingest.extract;

import news.kathan.source.SourceKind;
import org.jspecify.annotations.Nullable;

/**
 * Who the extractor attributes words to: a person (known, or new with a negative article-local id), a party, an
 * outlet, or an anonymous source with its description and the party it belongs to.
 */
public record Source(SourceKind kind, long id, @Nullable String description, @Nullable Long affiliationPartyId) {

    public static Source person(long id) {
        return new Source(SourceKind.PERSON, id, null, null);
    }

    public static Source party(long id) {
        return new Source(SourceKind.PARTY, id, null, null);
    }

    public static Source outlet(long id) {
        return new Source(SourceKind.OUTLET, id, null, null);
    }

    public static Source anonymous(String description, @Nullable Long affiliationPartyId) {
        return new Source(SourceKind.ANONYMOUS, 0, description, affiliationPartyId);
    }

    static Source of(NameMention mention) {
        return switch (mention.kind()) {
            case PERSON -> person(mention.id());
            case PARTY -> party(mention.id());
            case OUTLET -> outlet(mention.id());
        };
    }

    public boolean isAnonymous() {
        return kind == SourceKind.ANONYMOUS;
    }
}
