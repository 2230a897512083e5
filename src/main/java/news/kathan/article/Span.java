package news.kathan.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stretch of {@code Article.body} in UTF-16 code units, end exclusive: JavaScript's {@code slice(start, end)}. */
@Embeddable
public record Span(@Column(name = "span_start") int start, @Column(name = "span_end") int end) {

    public Span {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Not a span: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
