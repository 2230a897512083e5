package news.kathan.person;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A person's membership of a party, with the years it is known to have started or ended. */
@Entity
public class PartyMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_membership_seq")
    @SequenceGenerator(name = "party_membership_seq", sequenceName = "party_membership_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private Long partyId;

    private @Nullable Integer sinceYear;

    private @Nullable Integer untilYear;

    @Enumerated(EnumType.STRING)

    @JdbcTypeCode(SqlTypes.VARCHAR)

    private Origin origin;

    protected PartyMembership() {
    }

    PartyMembership(Person person, Long partyId, @Nullable Integer sinceYear, @Nullable Integer untilYear,
                    Origin origin) {
        if (sinceYear != null && untilYear != null && sinceYear > untilYear) {
            throw new IllegalArgumentException("A membership cannot end (" + untilYear + ") before it starts ("
                    + sinceYear + ")");
        }
        this.person = person;
        this.partyId = partyId;
        this.sinceYear = sinceYear;
        this.untilYear = untilYear;
        this.origin = origin;
    }

    void widen(@Nullable Integer since, @Nullable Integer until) {
        if (since != null && (sinceYear == null || since < sinceYear) && (untilYear == null || since <= untilYear)) {
            sinceYear = since;
        }
        if (until != null && (untilYear == null || until > untilYear) && (sinceYear == null || sinceYear <= until)) {
            untilYear = until;
        }
    }

    public Long getPartyId() {
        return partyId;
    }

    public @Nullable Integer getSinceYear() {
        return sinceYear;
    }

    public Origin getOrigin() {
        return origin;
    }

    public @Nullable Integer getUntilYear() {
        return untilYear;
    }
}
