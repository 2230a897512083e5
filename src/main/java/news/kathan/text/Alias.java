package news.kathan.text;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One name of a person, party or outlet, with the {@link NameKeys key} it is found by. */
@Embeddable
public record Alias(@Column(name = "alias", nullable = false) String name,
                    @Column(name = "alias_key", nullable = false) String key) {

    public Alias {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An alias needs a name");
        }
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("An alias needs letters: '" + name + "'");
        }
    }

    /** The alias for a name as written, trimmed and with whitespace collapsed. */
    public static Alias of(String name) {
        String clean = clean(name);
        return new Alias(clean, NameKeys.of(clean));
    }

    /** A name as an alias stores it: trimmed, with whitespace collapsed. */
    public static String clean(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }
}
