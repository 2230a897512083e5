package news.kathan.party;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.LinkedHashSet;
import java.util.Set;
import news.kathan.text.Alias;
import org.jspecify.annotations.Nullable;

/** A political party, with its names and abbreviations in Latin and Devanagari. */
@Entity
public class Party {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
    @SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
    private Long id;

    private String name;

    private @Nullable String abbreviation;

    private @Nullable String nameDevanagari;

    private @Nullable String wikidataId;

    @ElementCollection
    @CollectionTable(name = "party_alias", joinColumns = @JoinColumn(name = "party_id"))
    private Set<Alias> aliases = new LinkedHashSet<>();

    protected Party() {
    }

    public Party(String name, @Nullable String abbreviation, @Nullable String nameDevanagari,
                 @Nullable String wikidataId) {
        this.name = name;
        this.abbreviation = abbreviation;
        this.nameDevanagari = nameDevanagari;
        this.wikidataId = wikidataId;
        addAlias(name);
        if (abbreviation != null) {
            addAlias(abbreviation);
        }
        if (nameDevanagari != null) {
            addAlias(nameDevanagari);
        }
    }

    /** Adds a spelling of the name unless it is already known. */
    public void addAlias(String alias) {
        Alias candidate = Alias.of(alias);
        if (aliases.stream().noneMatch(a -> a.name().equals(candidate.name()))) {
            aliases.add(candidate);
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getAbbreviation() {
        return abbreviation;
    }

    public @Nullable String getNameDevanagari() {
        return nameDevanagari;
    }

    public @Nullable String getWikidataId() {
        return wikidataId;
    }
}
