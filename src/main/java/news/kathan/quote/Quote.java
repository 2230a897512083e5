package news.kathan.quote;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import news.kathan.article.Article;
import news.kathan.article.AttributedText;
import news.kathan.article.Extraction;
import news.kathan.article.Span;
import news.kathan.source.SourceRef;
import org.jspecify.annotations.Nullable;

/** Words printed as someone's own, with who said them and exactly where the article prints them. */
@Entity
@AttributeOverrides({
        @AttributeOverride(name = "attribution.kind", column = @Column(name = "speaker_kind")),
        @AttributeOverride(name = "attribution.personId", column = @Column(name = "speaker_person_id")),
        @AttributeOverride(name = "attribution.outletId", column = @Column(name = "speaker_outlet_id")),
        @AttributeOverride(name = "attribution.partyId", column = @Column(name = "speaker_party_id")),
        @AttributeOverride(name = "attribution.anonymousSourceId", column = @Column(name = "speaker_anonymous_source_id"))})
public class Quote extends AttributedText {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    private Long id;

    private @Nullable Long viaOutletId;

    private @Nullable Long originalAuthorId;

    protected Quote() {
    }

    /** A quote of the words at {@code span} of the article's body; its text and language come from the body. */
    public Quote(Article article, Span span, SourceRef speaker, @Nullable Long viaOutletId,
                 @Nullable Long originalAuthorId, Extraction extraction) {
        super(article, span, speaker, extraction);
        this.viaOutletId = viaOutletId;
        this.originalAuthorId = originalAuthorId;
    }

    @Override
    public void replacePerson(long mergedId, long intoId) {
        super.replacePerson(mergedId, intoId);
        if (originalAuthorId != null && originalAuthorId == mergedId) {
            originalAuthorId = intoId;
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public SourceRef getSpeaker() {
        return getAttribution();
    }

    public @Nullable Long getViaOutletId() {
        return viaOutletId;
    }

    public @Nullable Long getOriginalAuthorId() {
        return originalAuthorId;
    }
}
