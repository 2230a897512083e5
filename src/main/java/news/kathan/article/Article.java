package news.kathan.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A news article as Kathan stores it: the cleaned body that every span points into, and what is known of where
 * and when it was published. Quotes, claims, mentions and events refer to it by id.
 */
@Entity
public class Article {

    /** The feed of articles loaded from the seeds folder at start-up. */
    public static final String SEED_FEED = "seeds";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    private Long id;

    private String feed;

    private String externalId;

    private @Nullable Long outletId;

    private String title;

    private String language;

    private @Nullable LocalDate publishedOn;

    @Enumerated(EnumType.STRING)

    @JdbcTypeCode(SqlTypes.VARCHAR)

    private DateSource dateSource;

    private @Nullable String byline;

    private @Nullable String url;

    /** Null only in an article read without it ({@link ArticleRepository#findWithoutBodies}). */
    private @Nullable String body;

    private String contentHash;

    private int version;

    private Instant ingestedAt;

    private Instant updatedAt;

    protected Article() {
    }

    /**
     * An article as the hops from quotes, claims and mentions read it: everything but the body, which is most of
     * its bytes and which those hops' fields do not show. Not managed: nothing read this way is ever written.
     */
    Article(Long id, String feed, String externalId, @Nullable Long outletId, String title, String language,
            @Nullable LocalDate publishedOn, DateSource dateSource, @Nullable String byline, @Nullable String url,
            String contentHash, int version, Instant ingestedAt, Instant updatedAt) {
        this.id = id;
        this.feed = feed;
        this.externalId = externalId;
        this.outletId = outletId;
        this.title = title;
        this.language = language;
        this.publishedOn = publishedOn;
        this.dateSource = dateSource;
        this.byline = byline;
        this.url = url;
        this.contentHash = contentHash;
        this.version = version;
        this.ingestedAt = ingestedAt;
        this.updatedAt = updatedAt;
    }

    public Article(String feed, String externalId, Instant now) {
        this.feed = feed;
        this.externalId = externalId;
        this.ingestedAt = now;
        this.version = 0;
    }

    /**
     * Replaces what is known of the article with a new reading of it, as a new version. The publication date and
     * its source go together: a date without a source, or a source without a date, is refused.
     */
    public void revise(Content content, Instant now) {
        if ((content.dateSource() == DateSource.NONE) != (content.publishedOn() == null)) {
            throw new IllegalArgumentException("A publication date needs its source, and only NONE has no date");
        }
        this.outletId = content.outletId();
        this.title = content.title();
        this.language = content.language();
        this.publishedOn = content.publishedOn();
        this.dateSource = content.dateSource();
        this.byline = content.byline();
        this.url = content.url();
        this.body = content.body();
        this.contentHash = content.contentHash();
        this.version++;
        this.updatedAt = now;
    }

    /** Marks the article as changed without a new version: an editor corrected one of its records. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** Everything about an article that one reading of its text determines. */
    public record Content(String title, String body, String language, @Nullable LocalDate publishedOn,
                          DateSource dateSource, @Nullable Long outletId, @Nullable String byline,
                          @Nullable String url, String contentHash) {
    }

    /** The span of body text from start to end, refused if it does not lie inside the body. */
    public Span span(int start, int end) {
        Span span = new Span(start, end);
        if (end > getBody().length()) {
            throw new IllegalArgumentException("Span " + span + " runs past the body (" + getBody().length() + ")");
        }
        return span;
    }

    public String textAt(Span span) {
        return getBody().substring(span.start(), span.end());
    }

    public Long getId() {
        return id;
    }

    public String getFeed() {
        return feed;
    }

    public String getExternalId() {
        return externalId;
    }

    public @Nullable Long getOutletId() {
        return outletId;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public @Nullable LocalDate getPublishedOn() {
        return publishedOn;
    }

    public DateSource getDateSource() {
        return dateSource;
    }

    public @Nullable String getByline() {
        return byline;
    }

    public @Nullable String getUrl() {
        return url;
    }

    /** The body; refused for an article read without it, so that no caller mistakes it for an empty one. */
    public String getBody() {
        if (body == null) {
            throw new IllegalStateException("Article " + id + " was read without its body");
        }
        return body;
    }

    /** Whether the body was read with the article (false only for {@link ArticleRepository#findWithoutBodies}). */
    public boolean hasBody() {
        return body != null;
    }

    public String getContentHash() {
        return contentHash;
    }

    public int getVersion() {
        return version;
    }

    public Instant getIngestedAt() {
        return ingestedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The name clients see for where the article came from: the seed file, or the partner's external id. */
    public String getSourceName() {
        return externalId;
    }
}
