package news.kathan.claim;

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

/** A version of a claim that an editor's correction replaced. */
@Entity
@AttributeOverrides({
        @AttributeOverride(name = "attribution.kind", column = @Column(name = "source_kind")),
        @AttributeOverride(name = "attribution.personId", column = @Column(name = "source_person_id")),
        @AttributeOverride(name = "attribution.outletId", column = @Column(name = "source_outlet_id")),
        @AttributeOverride(name = "attribution.partyId", column = @Column(name = "source_party_id")),
        @AttributeOverride(name = "attribution.anonymousSourceId", column = @Column(name = "source_anonymous_source_id"))})
public class ClaimRevision extends TextRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_revision_seq")
    @SequenceGenerator(name = "claim_revision_seq", sequenceName = "claim_revision_seq", allocationSize = 50)
    private Long id;

    private Long claimId;

    protected ClaimRevision() {
    }

    public ClaimRevision(Long claimId, AttributedText.Replaced replaced, String changedBy, Instant changedAt,
                         @Nullable String reason) {
        super(replaced, changedBy, changedAt, reason);
        this.claimId = claimId;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getClaimId() {
        return claimId;
    }

    public SourceRef getSource() {
        return getAttribution();
    }
}
