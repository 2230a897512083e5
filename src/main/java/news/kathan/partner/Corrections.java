package news.kathan.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import news.kathan.api.BadRequestException;
import news.kathan.api.ForbiddenException;
import news.kathan.api.InvalidInputException;
import news.kathan.api.NodeId;
import news.kathan.api.NotFoundException;
import news.kathan.article.Article;
import news.kathan.article.ArticleRepository;
import news.kathan.article.AttributedText;
import news.kathan.article.Span;
import news.kathan.article.Status;
import news.kathan.claim.Claim;
import news.kathan.claim.ClaimRepository;
import news.kathan.claim.ClaimRevision;
import news.kathan.claim.ClaimRevisionRepository;
import news.kathan.outlet.OutletRepository;
import news.kathan.party.Party;
import news.kathan.party.PartyRepository;
import news.kathan.person.NamesChanged;
import news.kathan.person.Origin;
import news.kathan.person.Person;
import news.kathan.person.PersonRepository;
import news.kathan.quote.Quote;
import news.kathan.quote.QuoteRepository;
import news.kathan.quote.QuoteRevision;
import news.kathan.quote.QuoteRevisionRepository;
import news.kathan.search.SearchIndex;
import news.kathan.source.AnonymousSource;
import news.kathan.source.AnonymousSourceRepository;
import news.kathan.source.SourceLookup;
import news.kathan.source.SourceRef;
import news.kathan.text.NameKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' and partners' corrections of what the machine read: a quote's or claim's span, source or status, and
 * the names people and parties are known by. A correction never deletes: the version it replaces goes to the
 * record's history with who replaced it, when and why. A corrected record's words (a new span) and status (a
 * retraction) reach the search index in the same transaction.
 */
@Service
@Transactional
class Corrections {

    private final QuoteRepository quotes;
    private final QuoteRevisionRepository quoteRevisions;
    private final ClaimRepository claims;
    private final ClaimRevisionRepository claimRevisions;
    private final ArticleRepository articles;
    private final PersonRepository people;
    private final PartyRepository parties;
    private final OutletRepository outlets;
    private final AnonymousSourceRepository anonymousSources;
    private final SourceLookup lookup;
    private final SearchIndex searchIndex;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Corrections(QuoteRepository quotes, QuoteRevisionRepository quoteRevisions, ClaimRepository claims,
                ClaimRevisionRepository claimRevisions, ArticleRepository articles, PersonRepository people,
                PartyRepository parties, OutletRepository outlets, AnonymousSourceRepository anonymousSources,
                SourceLookup lookup, SearchIndex searchIndex, ApplicationEventPublisher events, Clock clock) {
        this.quotes = quotes;
        this.quoteRevisions = quoteRevisions;
        this.claims = claims;
        this.claimRevisions = claimRevisions;
        this.articles = articles;
        this.people = people;
        this.parties = parties;
        this.outlets = outlets;
        this.anonymousSources = anonymousSources;
        this.lookup = lookup;
        this.searchIndex = searchIndex;
        this.events = events;
        this.clock = clock;
    }

    Quote correctQuote(Partner partner, PartnerMutations.CorrectQuoteInput input) {
        Quote quote = find(quotes, "Quote", input.quoteId());
        Article article = articleOf(quote, partner);
        Change change = change(article, quote, input.span(), input.speaker(), "input.speaker", input.retract());
        if (change.isNone()) {
            return quote;
        }
        Instant now = clock.instant();
        quoteRevisions.save(new QuoteRevision(quote.getId(),
                quote.correct(article, change.span(), change.source(), change.status()), partner.name(), now,
                input.reason()));
        article.touch(now);
        // a new speaker alone leaves the words, and so the index, as they were
        if (change.span() != null || change.status() != null) {
            searchIndex.indexRecord(quote, article);
        }
        return quote;
    }

    Claim correctClaim(Partner partner, PartnerMutations.CorrectClaimInput input) {
        Claim claim = find(claims, "Claim", input.claimId());
        Article article = articleOf(claim, partner);
        Change change = change(article, claim, input.span(), input.source(), "input.source", input.retract());
        if (change.isNone()) {
            return claim;
        }
        Instant now = clock.instant();
        claimRevisions.save(new ClaimRevision(claim.getId(),
                claim.correct(article, change.span(), change.source(), change.status()), partner.name(), now,
                input.reason()));
        article.touch(now);
        // a new speaker alone leaves the words, and so the index, as they were
        if (change.span() != null || change.status() != null) {
            searchIndex.indexRecord(claim, article);
        }
        return claim;
    }

    /** Adds a name to a person or party. Names are shared by the whole archive, so only editors add them. */
    PartnerMutations.AddAliasPayload addAlias(Partner partner, PartnerMutations.AddAliasInput input) {
        requireEditor(partner, "add names");
        requireName(input.alias(), "input.alias");
        NodeId id = NodeId.decode(input.id())
                .orElseThrow(() -> new BadRequestException("Not a valid node id: " + input.id()));
        PartnerMutations.AddAliasPayload payload;
        if (id.type().equals("Person")) {
            Person person = find(people, "Person", input.id());
            person.addAlias(input.alias());
            payload = new PartnerMutations.AddAliasPayload(person, null);
        } else if (id.type().equals("Party")) {
            Party party = find(parties, "Party", input.id());
            party.addAlias(input.alias());
            payload = new PartnerMutations.AddAliasPayload(null, party);
        } else {
            throw InvalidInputException.of("input.id", "must be the id of a Person or a Party, not a " + id.type());
        }
        events.publishEvent(new NamesChanged());
        return payload;
    }

    /** What a correction changes; each part is null when it stays as it is. */
    private record Change(@Nullable Span span, @Nullable SourceRef source, @Nullable Status status) {
        boolean isNone() {
            return span == null && source == null && status == null;
        }
    }

    private Change change(Article article, AttributedText record, PartnerMutations.@Nullable SpanInput spanInput,
                          @Nullable String source, String sourceField, @Nullable Boolean retract) {
        if (spanInput == null && source == null && retract == null) {
            throw InvalidInputException.of("input", "must change something: give a span, a "
                    + sourceField.substring("input.".length()) + " or retract");
        }
        Span span = spanInput == null ? null : span(article, spanInput);
        SourceRef ref = source == null ? null : resolveSource(source, sourceField);
        Status status = retract == null ? null : retract ? Status.RETRACTED : Status.ACTIVE;
        return new Change(Objects.equals(span, record.getSpan()) ? null : span,
                Objects.equals(ref, record.getAttribution()) ? null : ref,
                status == record.getStatus() ? null : status);
    }

    private static Span span(Article article, PartnerMutations.SpanInput input) {
        int length = article.getBody().length();
        if (input.end() <= input.start()) {
            throw InvalidInputException.of("input.span.end", "must be greater than start (" + input.start() + ")");
        }
        if (input.end() > length) {
            throw InvalidInputException.of("input.span.end",
                    "must not run past the article body, which has " + length + " characters");
        }
        return article.span(input.start(), input.end());
    }

    /**
     * What a speaker or source names: a node id of a person, outlet, party or anonymous source, or a name. A name
     * that fits exactly one known source is that source; one that fits none is a new person, entered by an
     * editor; one that fits several must be given as an id.
     */
    private SourceRef resolveSource(String value, String field) {
        var node = NodeId.decode(value);
        if (node.isPresent()) {
            long id = node.get().id();
            return switch (node.get().type()) {
                case "Person" -> SourceRef.person(exists(people, lookup.people(value).iterator().next(), value));
                case "Outlet" -> SourceRef.outlet(exists(outlets, id, value));
                case "Party" -> SourceRef.party(exists(parties, id, value));
                case "AnonymousSource" -> SourceRef.anonymous(exists(anonymousSources, id, value));
                default -> throw InvalidInputException.of(field, "must name a person, outlet, party or anonymous "
                        + "source, not a " + node.get().type());
            };
        }
        requireName(value, field);
        String key = NameKeys.of(value);
        List<SourceRef> candidates = new ArrayList<>();
        people.findByAliasKey(key).forEach(p -> candidates.add(SourceRef.person(p.getId())));
        parties.findByAliasKey(key).forEach(p -> candidates.add(SourceRef.party(p.getId())));
        outlets.findByAliasKey(key).forEach(o -> candidates.add(SourceRef.outlet(o.getId())));
        anonymousSources.findByDescriptionKey(AnonymousSource.keyOf(value))
                .forEach(s -> candidates.add(SourceRef.anonymous(s.getId())));
        if (candidates.size() > 1) {
            throw InvalidInputException.of(field, "'" + value + "' names " + candidates.size()
                    + " sources; give the node id of the one you mean");
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        Person person = people.save(Person.named(value, Origin.EDITOR));
        events.publishEvent(new NamesChanged());
        return SourceRef.person(person.getId());
    }

    private static <T> long exists(CrudRepository<T, Long> repository, long id, String value) {
        if (!repository.existsById(id)) {
            throw new NotFoundException("Nothing has the id " + value);
        }
        return id;
    }

    private static void requireName(String name, String field) {
        if (NameKeys.of(name).isEmpty()) {
            throw InvalidInputException.of(field, "must contain letters");
        }
    }

    static void requireEditor(Partner partner, String what) {
        if (!partner.isEditor()) {
            throw new ForbiddenException("Only EDITOR keys may " + what + "; this key is a " + partner.role()
                    + " key");
        }
    }

    /** The article a record belongs to, when the partner may change it: its own outlet's, or any for editors. */
    private Article articleOf(AttributedText record, Partner partner) {
        Article article = articles.findById(record.getArticleId())
                .orElseThrow(() -> new NotFoundException("The record's article is gone"));
        if (!partner.mayChangeArticlesOf(article.getOutletId())) {
            throw new ForbiddenException("This key writes for another outlet: it may not change records of "
                    + "article " + NodeId.encode("Article", article.getId()));
        }
        return article;
    }

    /** The record a node id names, or NOT_FOUND; a string that is not a node id at all is BAD_REQUEST. */
    static <T> T find(CrudRepository<T, Long> repository, String type, String nodeId) {
        NodeId id = NodeId.decode(nodeId)
                .orElseThrow(() -> new BadRequestException("Not a valid node id: " + nodeId));
        if (!id.type().equals(type)) {
            throw new NotFoundException("No " + type + " has the id " + nodeId + " (it is a " + id.type() + " id)");
        }
        return repository.findById(id.id())
                .orElseThrow(() -> new NotFoundException("No " + type + " has the id " + nodeId));
    }
}
