package news.kathan.event;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.kathan.article.Extraction;
import news.kathan.article.Span;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened or will happen on a date, as one record however many articles mention it. The identity
 * key (kind, date at its precision, who took part) decides when two mentions are the same event.
 */
@Entity
public class Event {

    /** The people part of an identity key, as ArticleIngestion writes it. */
    private static final Pattern PEOPLE_IN_KEY = Pattern.compile("\\|people:([0-9,]*)");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)

    @JdbcTypeCode(SqlTypes.VARCHAR)

    private EventKind kind;

    @Column(name = "event_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)

    @JdbcTypeCode(SqlTypes.VARCHAR)

    @Column(name = "date_precision")
    private DatePrecision precision;

    @Column(name = "until_date")
    private @Nullable LocalDate until;

    /** The first and last day the date can mean; kept so that date filters are one indexed range test. */
    private LocalDate rangeStart;

    private LocalDate rangeEnd;

    private String summary;

    private @Nullable String outcome;

    private String identityKey;

    @Embedded
    private Extraction extraction;

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "person_id")
    private Set<Long> participantIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_party", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "party_id")
    private Set<Long> partyIds = new LinkedHashSet<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<EventMention> mentions = new ArrayList<>();

    protected Event() {
    }

    public Event(EventKind kind, LocalDate date, DatePrecision precision, @Nullable LocalDate until, String summary,
                 @Nullable String outcome, String identityKey, Extraction extraction) {
        this.kind = kind;
        this.precision = precision;
        this.date = precision.start(date);
        this.until = until;
        this.rangeStart = this.date;
        this.rangeEnd = until != null ? precision.end(until) : precision.end(date);
        if (rangeEnd.isBefore(rangeStart)) {
            throw new IllegalArgumentException("An event cannot end (" + until + ") before it starts (" + date + ")");
        }
        this.summary = summary;
        this.outcome = outcome;
        this.identityKey = identityKey;
        this.extraction = extraction;
    }

    /** Records that an article mentions this event at a span, once per article and span. */
    public void mentionedIn(Long articleId, Span span) {
        boolean known = mentions.stream()
                .anyMatch(m -> m.getArticleId().equals(articleId) && m.getSpan().start() == span.start());
        if (!known) {
            mentions.add(new EventMention(this, articleId, span));
        }
    }

    /** Forgets what an article said of this event, before that article is read again. */
    public void forgetMentionsIn(Long articleId) {
        mentions.removeIf(m -> m.getArticleId().equals(articleId));
    }

    public boolean isMentioned() {
        return !mentions.isEmpty();
    }

    public void addParticipant(Long personId) {
        participantIds.add(personId);
    }

    public void addParty(Long partyId) {
        partyIds.add(partyId);
    }

    /**
     * Puts the person kept in place of a person merged into them, and rewrites the identity key to match, so that
     * later mentions of the event find it.
     */
    public void replaceParticipant(long mergedId, long intoId) {
        if (participantIds.remove(mergedId)) {
            participantIds.add(intoId);
        }
        identityKey = identityKeyReplacing(mergedId, intoId);
    }

    /** The identity key with one person in place of another in its list of people ({@code |people:3,7}). */
    public String identityKeyReplacing(long mergedId, long intoId) {
        Matcher people = PEOPLE_IN_KEY.matcher(identityKey);
        if (!people.find()) {
            return identityKey;
        }
        String ids = Arrays.stream(people.group(1).split(",")).filter(id -> !id.isEmpty()).map(Long::valueOf)
                .map(id -> id == mergedId ? intoId : id).collect(Collectors.toCollection(TreeSet::new))
                .stream().map(String::valueOf).collect(Collectors.joining(","));
        return identityKey.substring(0, people.start(1)) + ids + identityKey.substring(people.end(1));
    }

    /** Takes over the mentions, people and parties of another record of the same event, which is then deleted. */
    public void absorb(Event other) {
        other.mentions.forEach(m -> mentionedIn(m.getArticleId(), m.getSpan()));
        participantIds.addAll(other.participantIds);
        partyIds.addAll(other.partyIds);
        reportOutcome(other.outcome);
    }

    /** Keeps the most informative outcome when another article reports one. */
    public void reportOutcome(@Nullable String reported) {
        if (reported != null && (outcome == null || reported.length() > outcome.length())) {
            outcome = reported;
        }
    }

    public Long getId() {
        return id;
    }

    public EventKind getKind() {
        return kind;
    }

    public LocalDate getDate() {
        return date;
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    public @Nullable LocalDate getUntil() {
        return until;
    }

    public LocalDate getRangeStart() {
        return rangeStart;
    }

    public LocalDate getRangeEnd() {
        return rangeEnd;
    }

    public String getSummary() {
        return summary;
    }

    public @Nullable String getOutcome() {
        return outcome;
    }

    public String getIdentityKey() {
        return identityKey;
    }

    public Extraction getExtraction() {
        return extraction;
    }

    public Set<Long> getParticipantIds() {
        return Set.copyOf(participantIds);
    }

    public Set<Long> getPartyIds() {
        return Set.copyOf(partyIds);
    }
}
