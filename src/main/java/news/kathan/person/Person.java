package news.kathan.person;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import news.kathan.text.Alias;
import news.kathan.text.HindiRomanizer;
import news.kathan.text.Scripts;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A person who speaks, is quoted or is mentioned in the news. The canonical name is in Latin script; every other
 * name (Devanagari, variant spellings, typos proven by context) is an alias.
 */
@Entity
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    private String name;

    private @Nullable String nameDevanagari;

    private @Nullable String wikidataId;

    private @Nullable String gender;

    @Enumerated(EnumType.STRING)

    @JdbcTypeCode(SqlTypes.VARCHAR)

    private Origin origin;

    @ElementCollection
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    private Set<Alias> aliases = new LinkedHashSet<>();

    @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PartyMembership> memberships = new ArrayList<>();

    protected Person() {
    }

    public Person(String name, @Nullable String nameDevanagari, @Nullable String wikidataId, Origin origin) {
        this.name = name;
        this.nameDevanagari = nameDevanagari;
        this.wikidataId = wikidataId;
        this.origin = origin;
        addAlias(name);
        if (nameDevanagari != null) {
            addAlias(nameDevanagari);
        }
    }

    /**
     * A person first met in an article, under the name as printed: a Devanagari name keeps its script as
     * {@code nameDevanagari} and gets a readable Latin name by romanisation.
     */
    public static Person firstSeenAs(String printedName) {
        return named(printedName, Origin.EXTRACTED);
    }

    /** A person known only by a name as written, in either script, recorded by the pipeline or by an editor. */
    public static Person named(String printedName, Origin origin) {
        String clean = printedName.strip().replaceAll("\\s+", " ");
        return Scripts.hasDevanagari(clean)
                ? new Person(HindiRomanizer.romanizeName(clean), clean, null, origin)
                : new Person(clean, null, null, origin);
    }

    /**
     * Takes over the names and party memberships of another record of the same person, and the Devanagari name
     * and gender where this record lacks them. (The Wikidata id is unique, so the caller moves it once the other
     * record is gone.)
     */
    public void absorb(Person other) {
        other.aliases.forEach(alias -> addAlias(alias.name()));
        for (PartyMembership membership : other.memberships) {
            joinParty(membership.getPartyId(), membership.getSinceYear(), membership.getUntilYear(),
                    membership.getOrigin());
        }
        if (nameDevanagari == null) {
            nameDevanagari = other.nameDevanagari;
        }
        if (gender == null) {
            gender = other.gender;
        }
    }

    public void setWikidataId(@Nullable String wikidataId) {
        this.wikidataId = wikidataId;
    }

    /** Adds a spelling of the name unless it is already known; returns whether it was new. */
    public boolean addAlias(String alias) {
        // Compared as Alias.of cleans it, before its key is computed: most names an article prints are known.
        String clean = Alias.clean(alias);
        if (aliases.stream().anyMatch(a -> a.name().equals(clean))) {
            return false;
        }
        return aliases.add(Alias.of(clean));
    }

    /** Records membership of a party, widening the known years if it is already recorded. */
    public void joinParty(Long partyId, @Nullable Integer sinceYear, @Nullable Integer untilYear, Origin source) {
        for (PartyMembership membership : memberships) {
            if (membership.getPartyId().equals(partyId)) {
                membership.widen(sinceYear, untilYear);
                return;
            }
        }
        memberships.add(new PartyMembership(this, partyId, sinceYear, untilYear, source));
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getNameDevanagari() {
        return nameDevanagari;
    }

    public @Nullable String getWikidataId() {
        return wikidataId;
    }

    /** F or M where the reference lists say; only used to resolve "he" and "she". */
    public @Nullable String getGender() {
        return gender;
    }

    public void setGender(@Nullable String gender) {
        if (gender != null && !gender.equals("F") && !gender.equals("M")) {
            throw new IllegalArgumentException("Gender is F or M, not " + gender);
        }
        this.gender = gender;
    }

    public Origin getOrigin() {
        return origin;
    }

    public Set<Alias> getAliases() {
        return Set.copyOf(aliases);
    }

    public List<PartyMembership> getMemberships() {
        return List.copyOf(memberships);
    }
}
