package news.kathan.article;

import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;

/** An article names a party here. */
@Entity
@SequenceGenerator(sequenceName = "party_mention_seq", allocationSize = 50)
public class PartyMention extends Mention {

    private Long partyId;

    protected PartyMention() {
    }

    public PartyMention(Long articleId, Long partyId, Span span) {
        super(articleId, span);
        this.partyId = partyId;
    }

    public Long getPartyId() {
        return partyId;
    }
}
