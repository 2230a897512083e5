package news.kathan.claim;

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

/**
 * An assertion an article attributes to a source (in indirect speech, or the words of an anonymous source), with
 * the span of the asserted content.
 */
@Entity
@AttributeOverrides({
        @AttributeOverride(name = "attribution.kind", column = @Column(name = "source_kind")),
        @AttributeOverride(name = "attribution.personId", column = @Column(name = "source_person_id")),
        @AttributeOverride(name = "attribution.outletId", column = @Column(name = "source_outlet_id")),
        @AttributeOverride(name = "attribution.partyId", column = @Column(name = "source_party_id")),
        @AttributeOverride(name = "attribution.anonymousSourceId", column = @Column(name = "source_anonymous_source_id"))})
public class Claim extends AttributedText {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    private Long id;

    protected Claim() {
    }

    /** A claim whose content is the words at {@code span} of the article's body. */
    public Claim(Article article, Span span, SourceRef source, Extraction extraction) {
        super(article, span, source, extraction);
    }

    @Override
    public Long getId() {
        return id;
    }

    public SourceRef getSource() {
        return getAttribution();
    }
}
