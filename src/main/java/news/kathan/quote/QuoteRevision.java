package news.kathan.quote;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import news.kathan.article.AttributedText;
import news.kathan.article.TextRevision;
import news.kathan.source.SourceRef;
import org.jspecify.annotations.Nullable;

/** A version of a quote that an editor's correction replaced. */
@Entity
@AttributeOverrides({
        @AttributeOverride(name = "attribution.kind", column = @Column(name = "speaker_kind")),
        @AttributeOverride(name = "attribution.personId", column = @Column(name = "speaker_person_id")),
        @AttributeOverride(name = "attribution.outletId", column = @Column(name = "speaker_outlet_id")),
        @AttributeOverride(name = "attribution.partyId", column = @Column(name = "speaker_party_id")),
        @AttributeOverride(name = "attribution.anonymousSourceId", column = @Column(name = "speaker_anonymous_source_id"))})
public class QuoteRevision extends TextRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_revision_seq")
    @SequenceGenerator(name = "quote_revision_seq", sequenceName = "quote_revision_seq", allocationSize = 50)
    private Long id;

    private Long quoteId;

    protected QuoteRevision() {
    }

    public QuoteRevision(Long quoteId, AttributedText.Replaced replaced, String changedBy, Instant changedAt,
                         @Nullable String reason) {
        super(replaced, changedBy, changedAt, reason);
        this.quoteId = quoteId;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getQuoteId() {
        return quoteId;
    }

    public SourceRef getSpeaker() {
        return getAttribution();
    }
}
