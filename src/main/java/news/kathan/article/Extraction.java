package news.kathan.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a quote, claim or event was found: the name of the rule that produced it (for example
 * {@code quote.marks.attribution-after}) or {@link #EDITOR} for a value a person entered, and a confidence in [0, 1].
 */
@Embeddable
public record Extraction(@Column(name = "method") String method, @Column(name = "confidence") BigDecimal confidence) {

    public static final String EDITOR = "EDITOR";

    public Extraction {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("An extraction needs a method");
        }
        if (confidence == null || confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Confidence must be between 0 and 1: " + confidence);
        }
        confidence = confidence.setScale(3, RoundingMode.HALF_UP);
    }

    public static Extraction by(String method, double confidence) {
        return new Extraction(method, BigDecimal.valueOf(confidence));
    }

    public static Extraction byEditor() {
        return new Extraction(EDITOR, BigDecimal.ONE);
    }
}
