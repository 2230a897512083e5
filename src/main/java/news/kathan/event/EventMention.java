package news.kathan.event;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import news.kathan.article.Span;

/** Where an article mentions an event. */
@Entity
public class EventMention {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_mention_seq")
    @SequenceGenerator(name = "event_mention_seq", sequenceName = "event_mention_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    private Long articleId;

    @Embedded
    private Span span;

    protected EventMention() {
    }

    EventMention(Event event, Long articleId, Span span) {
        this.event = event;
        this.articleId = articleId;
        this.span = span;
    }

    /** The id of the event, read without loading it. */
    public Long getEventId() {
        return event.getId();
    }

    public Long getArticleId() {
        return articleId;
    }

    public Span getSpan() {
        return span;
    }
}
