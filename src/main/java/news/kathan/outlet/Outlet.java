package news.kathan.outlet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import news.kathan.text.Alias;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A newspaper, broadcaster, website or news agency, with every name and social handle it goes by. */
@Entity
public class Outlet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outlet_seq")
    @SequenceGenerator(name = "outlet_seq", sequenceName = "outlet_seq", allocationSize = 50)
    private Long id;

    private String name;

    private @Nullable String abbreviation;

    @Enumerated(EnumType.STRING)

    @JdbcTypeCode(SqlTypes.VARCHAR)

    private OutletKind kind;

    @ElementCollection
    @CollectionTable(name = "outlet_alias", joinColumns = @JoinColumn(name = "outlet_id"))
    private Set<Alias> aliases = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "outlet_handle", joinColumns = @JoinColumn(name = "outlet_id"))
    @Column(name = "handle")
    private Set<String> handles = new LinkedHashSet<>();

    protected Outlet() {
    }

    public Outlet(String name, @Nullable String abbreviation, OutletKind kind) {
        this.name = name;
        this.abbreviation = abbreviation;
        this.kind = kind;
        addAlias(name);
        if (abbreviation != null) {
            addAlias(abbreviation);
        }
    }

    /** Adds a spelling of the name unless it is already known. */
    public void addAlias(String alias) {
        Alias candidate = Alias.of(alias);
        if (aliases.stream().noneMatch(a -> a.name().equals(candidate.name()))) {
            aliases.add(candidate);
        }
    }

    public void addHandle(String handle) {
        handles.add(handle.replaceFirst("^@", "").toLowerCase(Locale.ROOT));
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

    public OutletKind getKind() {
        return kind;
    }

    public boolean isAgency() {
        return kind == OutletKind.AGENCY;
    }
}
