package news.kathan.article;

import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;

/** An article names a person here. */
@Entity
@SequenceGenerator(sequenceName = "person_mention_seq", allocationSize = 50)
public class PersonMention extends Mention {

    private Long personId;

    protected PersonMention() {
    }

    public PersonMention(Long articleId, Long personId, Span span) {
        super(articleId, span);
        this.personId = personId;
    }

    public Long getPersonId() {
        return personId;
    }
}
