package news.kathan.source;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * Who a quote or claim is attributed to: exactly one person, outlet, party or anonymous source. Stored as a kind
 * and one foreign key per kind, so the database enforces both the reference and the "exactly one" rule.
 */
@Embeddable
public record SourceRef(@Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) SourceKind kind,
                        @Nullable Long personId,
                        @Nullable Long outletId,
                        @Nullable Long partyId,
                        @Nullable Long anonymousSourceId) {

    public SourceRef {
        if (kind == null) {
            throw new IllegalArgumentException("A source needs a kind");
        }
        @Nullable Long expected = switch (kind) {
            case PERSON -> personId;
            case OUTLET -> outletId;
            case PARTY -> partyId;
            case ANONYMOUS -> anonymousSourceId;
        };
        int set = count(personId) + count(outletId) + count(partyId) + count(anonymousSourceId);
        if (expected == null || set != 1) {
            throw new IllegalArgumentException("A " + kind + " source needs exactly its own id");
        }
    }

    public static SourceRef person(long id) {
        return new SourceRef(SourceKind.PERSON, id, null, null, null);
    }

    public static SourceRef outlet(long id) {
        return new SourceRef(SourceKind.OUTLET, null, id, null, null);
    }

    public static SourceRef party(long id) {
        return new SourceRef(SourceKind.PARTY, null, null, id, null);
    }

    public static SourceRef anonymous(long id) {
        return new SourceRef(SourceKind.ANONYMOUS, null, null, null, id);
    }

    /** The id of the referenced record, whatever its kind. */
    public long id() {
        return switch (kind) {
            case PERSON -> personId;
            case OUTLET -> outletId;
            case PARTY -> partyId;
            case ANONYMOUS -> anonymousSourceId;
        };
    }

    private static int count(@Nullable Long id) {
        return id == null ? 0 : 1;
    }
}
