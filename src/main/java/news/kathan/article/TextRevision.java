package news.kathan.article;

import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import news.kathan.source.SourceRef;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A version of a quote or claim that a correction replaced, with who replaced it, when and why. */
@MappedSuperclass
public abstract class TextRevision {

    private int revision;

    private String text;

    @Embedded
    private Span span;

    @Embedded
    private SourceRef attribution;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status;

    @Embedded
    private Extraction extraction;

    private String changedBy;

    private Instant changedAt;

    private @Nullable String reason;

    protected TextRevision() {
    }

    protected TextRevision(AttributedText.Replaced replaced, String changedBy, Instant changedAt,
                           @Nullable String reason) {
        this.revision = replaced.revision();
        this.text = replaced.text();
        this.span = replaced.span();
        this.attribution = replaced.attribution();
        this.status = replaced.status();
        this.extraction = replaced.extraction();
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = reason;
    }

    /** Follows a person into the one they were merged with. */
    public void replacePerson(long mergedId, long intoId) {
        if (attribution.personId() != null && attribution.personId() == mergedId) {
            attribution = SourceRef.person(intoId);
        }
    }

    public abstract Long getId();

    public int getRevision() {
        return revision;
    }

    public String getText() {
        return text;
    }

    public Span getSpan() {
        return span;
    }

    public SourceRef getAttribution() {
        return attribution;
    }

    public Status getStatus() {
        return status;
    }

    public Extraction getExtraction() {
        return extraction;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
