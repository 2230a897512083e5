package news.kathan.source;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import news.kathan.text.NameKeys;
import org.jspecify.annotations.Nullable;

/**
 * A source the article does not name ("highly-placed sources", "a senior BSP leader"), kept with its description
 * and the party it belongs to where the article says so. One record per description and affiliation, so that the
 * claims of "sources in the UP Congress" can be found together across articles.
 */
@Entity
public class AnonymousSource {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "anonymous_source_seq")
    @SequenceGenerator(name = "anonymous_source_seq", sequenceName = "anonymous_source_seq", allocationSize = 50)
    private Long id;

    private String description;

    private String descriptionKey;

    private @Nullable Long affiliationPartyId;

    protected AnonymousSource() {
    }

    public AnonymousSource(String description, @Nullable Long affiliationPartyId) {
        String clean = description.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("An anonymous source needs a description");
        }
        this.description = clean;
        this.descriptionKey = keyOf(clean);
        this.affiliationPartyId = affiliationPartyId;
    }

    /** Descriptions are compared like names: case, script and spelling folded. */
    public static String keyOf(String description) {
        return NameKeys.of(description);
    }

    public Long getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public String getDescriptionKey() {
        return descriptionKey;
    }

    public @Nullable Long getAffiliationPartyId() {
        return affiliationPartyId;
    }
}
