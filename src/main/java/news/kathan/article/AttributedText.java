package news.kathan.article;

import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import news.kathan.source.SourceRef;
import news.kathan.text.Scripts;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * Words of an article attributed to a source: a quote (the source's own words) or a claim (what the article says
 * the source asserts). The text is always the article's body at the span; editors may move the span, change the
 * source or retract the record, and each change keeps the version it replaced.
 */
@MappedSuperclass
public abstract class AttributedText {

    private Long articleId;

    private String text;

    private String language;

    @Embedded
    private Span span;

    /** Columns are named per table: speaker_* for quotes, source_* for claims. */
    @Embedded
    private SourceRef attribution;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status = Status.ACTIVE;

    private int revision = 1;

    @Embedded
    private Extraction extraction;

    protected AttributedText() {
    }

    protected AttributedText(Article article, Span span, SourceRef attribution, Extraction extraction) {
        this.articleId = article.getId();
        this.attribution = attribution;
        this.extraction = extraction;
        moveTo(article, span);
    }

    private void moveTo(Article article, Span span) {
        if (!article.getId().equals(articleId)) {
            throw new IllegalArgumentException("A span must point into the record's own article");
        }
        this.span = article.span(span.start(), span.end());
        this.text = article.textAt(this.span);
        this.language = Scripts.language(text);
    }

    /** The values a correction replaced. */
    public record Replaced(int revision, String text, Span span, SourceRef attribution, Status status,
                           Extraction extraction) {
    }

    /**
     * Applies an editor's correction: a new span (the text follows it), a new source, or a new status (retracted,
     * or active again). The record becomes editor-entered and gains a revision; the values it had are returned for
     * its history.
     */
    public Replaced correct(Article article, @Nullable Span newSpan, @Nullable SourceRef newAttribution,
                            @Nullable Status newStatus) {
        if (newSpan == null && newAttribution == null && newStatus == null) {
            throw new IllegalArgumentException("A correction changes the span, the source or the status");
        }
        Replaced replaced = new Replaced(revision, text, span, attribution, status, extraction);
        if (newSpan != null) {
            moveTo(article, newSpan);
        }
        if (newAttribution != null) {
            attribution = newAttribution;
        }
        if (newStatus != null) {
            status = newStatus;
        }
        extraction = Extraction.byEditor();
        revision++;
        return replaced;
    }

    /** Whether an editor has changed this record, so that reading its article again must not undo the change. */
    public boolean isCorrected() {
        return revision > 1;
    }

    /**
     * Finds this record's words in a new version of its article's body and points the span at them: the
     * occurrence nearest to where they were. Returns false, changing nothing, when the new body no longer has
     * them.
     */
    public boolean followInto(Article revised) {
        String body = revised.getBody();
        int best = -1;
        for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
            if (best < 0 || Math.abs(at - span.start()) < Math.abs(best - span.start())) {
                best = at;
            }
        }
        if (best < 0) {
            return false;
        }
        span = revised.span(best, best + text.length());
        return true;
    }

    /** Follows a person into the one they were merged with. */
    public void replacePerson(long mergedId, long intoId) {
        if (attribution.personId() != null && attribution.personId() == mergedId) {
            attribution = SourceRef.person(intoId);
        }
    }

    public abstract Long getId();

    public Long getArticleId() {
        return articleId;
    }

    public String getText() {
        return text;
    }

    public String getLanguage() {
        return language;
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

    public int getRevision() {
        return revision;
    }

    public Extraction getExtraction() {
        return extraction;
    }
}
