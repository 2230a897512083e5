package news.kathan.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import news.kathan.article.Article;
import news.kathan.article.ArticleFeed;
import news.kathan.article.ArticleRepository;
import news.kathan.article.AttributedText;
import news.kathan.article.Extraction;
import news.kathan.article.PartyMention;
import news.kathan.article.PartyMentionRepository;
import news.kathan.article.PersonMention;
import news.kathan.article.PersonMentionRepository;
import news.kathan.article.Span;
import news.kathan.claim.Claim;
import news.kathan.claim.ClaimRepository;
import news.kathan.event.Event;
import news.kathan.event.EventRepository;
import news.kathan.ingest.extract.Directory;
import news.kathan.ingest.extract.EntityKind;
import news.kathan.ingest.extract.ExtractedArticle;
import news.kathan.ingest.extract.Extractor;
import news.kathan.ingest.extract.FoundClaim;
import news.kathan.ingest.extract.FoundEvent;
import news.kathan.ingest.extract.FoundQuote;
import news.kathan.ingest.extract.NameMention;
import news.kathan.ingest.extract.Source;
import news.kathan.ingest.read.ArticleReader;
import news.kathan.ingest.read.ParsedArticle;
import news.kathan.person.Person;
import news.kathan.person.PersonRepository;
import news.kathan.quote.Quote;
import news.kathan.quote.QuoteRepository;
import news.kathan.search.SearchIndex;
import news.kathan.source.AnonymousSource;
import news.kathan.source.AnonymousSourceRepository;
import news.kathan.source.SourceRef;
import news.kathan.text.Alias;
import news.kathan.text.NameKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores an article with everything extracted from it, in one transaction: the article, its quotes, claims and
 * mentions, the people first met in it, and its events (merged with the same events from other articles). An
 * article sent again under the same feed and external id is a new version that replaces the records of the old
 * one, except those an editor corrected, which follow their words into the new text; the same text sent twice
 * changes nothing. The article's words, and those of its quotes and claims, replace its rows in the
 * {@link SearchIndex} in the same transaction, so search never sees a version half stored. Once committed, the
 * article is published on the {@link ArticleFeed}.
 */
@Service
public class ArticleIngestion {

    private final ArticleReader reader = new ArticleReader();
    private final KnownNames knownNames;
    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final ClaimRepository claims;
    private final PersonMentionRepository personMentions;
    private final PartyMentionRepository partyMentions;
    private final PersonRepository people;
    private final AnonymousSourceRepository anonymousSources;
    private final EventRepository events;
    private final SearchIndex searchIndex;
    private final ArticleFeed feed;
    private final Clock clock;

    ArticleIngestion(KnownNames knownNames, ArticleRepository articles, QuoteRepository quotes,
                     ClaimRepository claims, PersonMentionRepository personMentions,
                     PartyMentionRepository partyMentions, PersonRepository people,
                     AnonymousSourceRepository anonymousSources, EventRepository events, SearchIndex searchIndex,
                     ArticleFeed feed, Clock clock) {
        this.knownNames = knownNames;
        this.articles = articles;
        this.quotes = quotes;
        this.claims = claims;
        this.personMentions = personMentions;
        this.partyMentions = partyMentions;
        this.people = people;
        this.anonymousSources = anonymousSources;
        this.events = events;
        this.searchIndex = searchIndex;
        this.feed = feed;
        this.clock = clock;
    }

    @Transactional
    public IngestResult ingest(IngestRequest request) {
        String hash = contentHash(request);
        Article existing = articles.findForUpdate(request.feed(), request.externalId()).orElse(null);
        if (existing != null && existing.getContentHash().equals(hash)) {
            return new IngestResult(existing.getId(), existing.getVersion(), false, 0, 0, 0);
        }
        ParsedArticle parsed = reader.read(request.text(), request.publishedOn());
        Directory directory = knownNames.current();
        ExtractedArticle extracted = new Extractor(directory).extract(parsed);

        Instant now = clock.instant();
        Article article = existing != null ? existing : new Article(request.feed(), request.externalId(), now);
        Corrected corrected = existing != null ? forgetRecordsOf(existing) : Corrected.NONE;
        article.revise(new Article.Content(
                request.title() != null ? request.title() : parsed.title(),
                parsed.body(),
                request.language() != null ? request.language() : parsed.language(),
                parsed.publishedOn(), parsed.dateSource(),
                request.outletId() != null ? request.outletId() : extracted.outletId(),
                parsed.byline(), request.url(), hash), now);
        article = articles.save(article);
        List<Quote> keptQuotes = followCorrections(article, corrected.quotes(), quotes::delete);
        List<Claim> keptClaims = followCorrections(article, corrected.claims(), claims::delete);
        List<Span> correctedQuotes = keptQuotes.stream().map(Quote::getSpan).toList();
        List<Span> correctedClaims = keptClaims.stream().map(Claim::getSpan).toList();
        List<AttributedText> searchable = new ArrayList<>(keptQuotes);
        searchable.addAll(keptClaims);

        ResolvedPeople resolved = resolvePeople(extracted, directory);
        Map<Long, Long> personIds = resolved.ids();
        storeMentions(article, extracted, personIds);
        Map<String, Long> anonymousIds = new HashMap<>();
        int storedQuotes = 0;
        for (FoundQuote found : extracted.quotes()) {
            if (overlapsAny(found.start(), found.end(), correctedQuotes)) {
                continue;
            }
            searchable.add(quotes.save(new Quote(article, article.span(found.start(), found.end()),
                    sourceRef(found.speaker(), personIds, anonymousIds), found.viaOutletId(),
                    found.originalAuthorId() == null ? null : personIds.get(found.originalAuthorId()),
                    Extraction.by(found.method(), found.confidence()))));
            storedQuotes++;
        }
        int storedClaims = 0;
        for (FoundClaim found : extracted.claims()) {
            if (overlapsAny(found.start(), found.end(), correctedClaims)) {
                continue;
            }
            searchable.add(claims.save(new Claim(article, article.span(found.start(), found.end()),
                    sourceRef(found.source(), personIds, anonymousIds),
                    Extraction.by(found.method(), found.confidence()))));
            storedClaims++;
        }
        searchIndex.indexArticle(article, searchable);
        int storedEvents = storeEvents(article, extracted.events(), personIds);
        Article stored = article;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (resolved.namesChanged()) {
                    knownNames.changed();
                }
                feed.published(stored);
            }
        });
        return new IngestResult(article.getId(), article.getVersion(), true, storedQuotes, storedClaims, storedEvents);
    }

    /** The quotes and claims of an article that editors corrected: a new version of the article keeps them. */
    private record Corrected(List<Quote> quotes, List<Claim> claims) {
        static final Corrected NONE = new Corrected(List.of(), List.of());
    }

    /**
     * Removes what the previous version of an article said, so the new version replaces rather than adds; returns
     * the records editors corrected, which are not the machine's to replace.
     */
    private Corrected forgetRecordsOf(Article article) {
        Corrected corrected = new Corrected(quotes.findCorrectedByArticleId(article.getId()),
                claims.findCorrectedByArticleId(article.getId()));
        quotes.deleteExtractedByArticleId(article.getId());
        claims.deleteExtractedByArticleId(article.getId());
        personMentions.deleteByArticleId(article.getId());
        partyMentions.deleteByArticleId(article.getId());
        for (Event event : events.findMentionedIn(article.getId())) {
            event.forgetMentionsIn(article.getId());
            if (!event.isMentioned()) {
                events.delete(event);
            }
        }
        events.flush();
        return corrected;
    }

    /**
     * Points each corrected record at its words in the new body, and deletes (with its history) the ones whose
     * words the new version no longer prints. Returns the records kept: their spans are where extraction must not
     * add a record of its own, since an editor's retraction or new speaker stays decided.
     */
    private static <T extends AttributedText> List<T> followCorrections(Article revised, List<T> corrected,
                                                                        Consumer<T> delete) {
        List<T> kept = new ArrayList<>();
        for (T record : corrected) {
            if (record.followInto(revised)) {
                kept.add(record);
            } else {
                delete.accept(record);
            }
        }
        return kept;
    }

    private static boolean overlapsAny(int start, int end, List<Span> spans) {
        return spans.stream().anyMatch(span -> start < span.end() && span.start() < end);
    }

    /**
     * The stored person of every person id the extractor used, and whether the names the directory is built from
     * changed: a person was created or a known one gained a spelling.
     */
    private record ResolvedPeople(Map<Long, Long> ids, boolean namesChanged) {
    }

    /**
     * Maps every person id the extractor used to a stored person: known people keep their ids; people first met
     * in this article are found by name key among stored people, or created. Names printed for known people in
     * full (or as a proven typo) become aliases, so they can be searched by; a name the directory already lists
     * for that person is one of their aliases, so such people are not loaded at all.
     */
    private ResolvedPeople resolvePeople(ExtractedArticle extracted, Directory directory) {
        Map<Long, Long> ids = new HashMap<>();
        boolean changed = false;
        for (Map.Entry<Long, String> fresh : extracted.names().newPeople().entrySet()) {
            String printed = fresh.getValue();
            Person person = people.findByAliasKey(NameKeys.of(printed)).stream().findFirst().orElse(null);
            if (person == null) {
                person = people.save(Person.firstSeenAs(printed));
                changed = true;
            }
            changed |= person.addAlias(printed);
            ids.put(fresh.getKey(), person.getId());
        }
        Map<Long, List<String>> printedNames = new LinkedHashMap<>();
        String body = extracted.article().body();
        for (NameMention mention : extracted.names().mentions()) {
            if (mention.isPerson() && mention.id() > 0) {
                ids.putIfAbsent(mention.id(), mention.id());
                String printed = body.substring(mention.start(), mention.end());
                if (!mention.how().equals("PARTIAL") && !directory.get(EntityKind.PERSON, mention.id())
                        .map(known -> known.names().contains(Alias.clean(printed))).orElse(false)) {
                    printedNames.computeIfAbsent(mention.id(), id -> new ArrayList<>()).add(printed);
                }
            }
        }
        if (!printedNames.isEmpty()) {
            for (Person person : people.findAllById(printedNames.keySet())) {
                for (String printed : printedNames.get(person.getId())) {
                    changed |= person.addAlias(printed);
                }
            }
        }
        return new ResolvedPeople(ids, changed);
    }

    private void storeMentions(Article article, ExtractedArticle extracted, Map<Long, Long> personIds) {
        for (NameMention mention : extracted.names().mentions()) {
            if (mention.kind() == EntityKind.PERSON) {
                personMentions.save(new PersonMention(article.getId(), personIds.get(mention.id()),
                        article.span(mention.start(), mention.end())));
            } else if (mention.kind() == EntityKind.PARTY) {
                partyMentions.save(new PartyMention(article.getId(), mention.id(),
                        article.span(mention.start(), mention.end())));
            }
        }
    }

    private SourceRef sourceRef(Source source, Map<Long, Long> personIds, Map<String, Long> anonymousIds) {
        return switch (source.kind()) {
            case PERSON -> SourceRef.person(Objects.requireNonNull(personIds.get(source.id()),
                    "unresolved person " + source.id()));
            case PARTY -> SourceRef.party(source.id());
            case OUTLET -> SourceRef.outlet(source.id());
            case ANONYMOUS -> SourceRef.anonymous(anonymousSourceId(source, anonymousIds));
        };
    }

    private long anonymousSourceId(Source source, Map<String, Long> cache) {
        String description = Objects.requireNonNull(source.description());
        String key = AnonymousSource.keyOf(description) + "|" + source.affiliationPartyId();
        return cache.computeIfAbsent(key, k -> anonymousSources
                .findByDescriptionKeyAndAffiliation(AnonymousSource.keyOf(description), source.affiliationPartyId())
                .orElseGet(() -> anonymousSources.save(new AnonymousSource(description, source.affiliationPartyId())))
                .getId());
    }

    /** Merges each found event with the stored event of the same identity, or creates it, and records the mention. */
    private int storeEvents(Article article, List<FoundEvent> found, Map<Long, Long> personIds) {
        Map<String, Event> touched = new LinkedHashMap<>();
        for (FoundEvent event : found) {
            List<Long> participants = event.participants().stream().map(personIds::get)
                    .filter(Objects::nonNull).distinct().toList();
            String key = identityKey(event, participants);
            Event stored = touched.computeIfAbsent(key, k -> events.findByIdentityKey(k).orElseGet(() ->
                    new Event(event.kind(), event.date(), event.precision(), event.until(), event.summary(),
                            event.outcome(), k, Extraction.by(event.method(), event.confidence()))));
            participants.forEach(stored::addParticipant);
            event.parties().forEach(stored::addParty);
            stored.reportOutcome(event.outcome());
            stored.mentionedIn(article.getId(), article.span(event.start(), event.end()));
        }
        events.saveAll(touched.values());
        return touched.size();
    }

    /**
     * What makes two mentions one event: the kind and the date at its precision, and who did it (for a
     * resignation, joining, expulsion or statement), which body was elected (for an election), or who took part
     * and which parties (for rallies, meetings and the rest).
     */
    static String identityKey(FoundEvent event, List<Long> participants) {
        String when = event.kind() + "|" + event.precision().start(event.date()) + "|" + event.precision()
                + (event.until() == null ? "" : "|until:" + event.until());
        String people = new TreeSet<>(participants).stream().map(String::valueOf).collect(Collectors.joining(","));
        String parties = new TreeSet<>(event.parties()).stream().map(String::valueOf).collect(Collectors.joining(","));
        return switch (event.kind()) {
            case RESIGNATION, EXPULSION, JOINING, STATEMENT -> when + "|people:" + people;
            case ELECTION -> when + "|scope:" + event.scope();
            default -> when + "|people:" + people + "|parties:" + parties;
        };
    }

    static String contentHash(IngestRequest request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (@Nullable Object part : new Object[] {request.text(), request.title(), request.url(),
                    request.publishedOn(), request.language(), request.outletId()}) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
