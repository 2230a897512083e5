package news.kathan.article;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** Where an article names someone or something: the evidence behind Article.people and Article.parties. */
@MappedSuperclass
abstract class Mention {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    private Long articleId;

    @Embedded
    private Span span;

    protected Mention() {
    }

    protected Mention(Long articleId, Span span) {
        this.articleId = articleId;
        this.span = span;
    }

    public Long getArticleId() {
        return articleId;
    }

    public Span getSpan() {
        return span;
    }
}
