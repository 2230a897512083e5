package news.kathan.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import news.kathan.api.NodeId;
import news.kathan.article.Article;
import news.kathan.article.ArticleRepository;
import news.kathan.article.AttributedText;
import news.kathan.article.PartyMentionRepository;
import news.kathan.article.PersonMentionRepository;
import news.kathan.article.Span;
import news.kathan.article.Status;
import news.kathan.claim.Claim;
import news.kathan.claim.ClaimRepository;
import news.kathan.linkeddata.SchemaOrg.Agent;
import news.kathan.linkeddata.SchemaOrg.Posting;
import news.kathan.linkeddata.SchemaOrg.Ref;
import news.kathan.outlet.Outlet;
import news.kathan.outlet.OutletRepository;
import news.kathan.party.Party;
import news.kathan.party.PartyRepository;
import news.kathan.person.Person;
import news.kathan.person.PersonRepository;
import news.kathan.quote.Quote;
import news.kathan.quote.QuoteRepository;
import news.kathan.source.AnonymousSource;
import news.kathan.source.SourceLoader;
import news.kathan.source.SourceRef;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Each article, quote and claim as a schema.org document at {@code /ld/{articles|quotes|claims}/{node id}}: the
 * same global ids as the GraphQL API, so a client can go from one to the other. Documents link each other by
 * their {@code @id}, which is their URL. An id that names nothing here (unknown, malformed or of another type)
 * is a 404 with a problem document, never an empty 200.
 */
@RestController
@RequestMapping("/ld")
// One read-only transaction per document, so that an article and its quotes are read from the same state even
// while a new version of the article is being stored.
@Transactional(readOnly = true)
class LinkedDataController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final ArticleRepository articles;
    private final QuoteRepository quotes;
    private final ClaimRepository claims;
    private final OutletRepository outlets;
    private final PersonRepository people;
    private final PartyRepository parties;
    private final PersonMentionRepository personMentions;
    private final PartyMentionRepository partyMentions;
    private final SourceLoader sources;

    LinkedDataController(ArticleRepository articles, QuoteRepository quotes, ClaimRepository claims,
                         OutletRepository outlets, PersonRepository people, PartyRepository parties,
                         PersonMentionRepository personMentions, PartyMentionRepository partyMentions,
                         SourceLoader sources) {
        this.articles = articles;
        this.quotes = quotes;
        this.claims = claims;
        this.outlets = outlets;
        this.people = people;
        this.parties = parties;
        this.personMentions = personMentions;
        this.partyMentions = partyMentions;
        this.sources = sources;
    }

    @GetMapping("/articles/{id}")
    ResponseEntity<?> article(@PathVariable String id) {
        return find(id, "Article", articles::findById, this::article);
    }

    @GetMapping("/quotes/{id}")
    ResponseEntity<?> quote(@PathVariable String id) {
        return find(id, "Quote", quotes::findById, this::quote);
    }

    @GetMapping("/claims/{id}")
    ResponseEntity<?> claim(@PathVariable String id) {
        return find(id, "Claim", claims::findById, this::claim);
    }

    private SchemaOrg.NewsArticle article(Article article) {
        Long id = article.getId();
        List<Agent> mentioned = new ArrayList<>();
        personMentions.findPeopleByArticleIds(List.of(id)).forEach(row -> mentioned.add(Agent.of((Person) row[1])));
        partyMentions.findPartiesByArticleIds(List.of(id)).forEach(row -> mentioned.add(Agent.of((Party) row[1])));
        List<Ref> parts = new ArrayList<>();
        quotes.findAll(byArticle(id), Sort.by("id"))
                .forEach(q -> parts.add(Ref.to(url("quotes", "Quote", q.getId()), "Quotation")));
        claims.findAll(byArticle(id), Sort.by("id"))
                .forEach(c -> parts.add(Ref.to(url("claims", "Claim", c.getId()), "Claim")));
        String byline = article.getByline();
        return new SchemaOrg.NewsArticle(SchemaOrg.CONTEXT, "NewsArticle", url("articles", "Article", id),
                NodeId.encode("Article", id), article.getTitle(), article.getLanguage(), article.getPublishedOn(),
                outlet(article.getOutletId()).map(Agent::of).orElse(null),
                byline == null ? null : Agent.named(byline), article.getUrl(), explorer(id, null),
                article.getBody(), mentioned, parts);
    }

    private SchemaOrg.Quotation quote(Quote quote) {
        Article article = articles.findById(quote.getArticleId()).orElseThrow();
        Agent speaker = agent(quote.getSpeaker());
        Long authorId = quote.getOriginalAuthorId();
        Agent creator = authorId == null ? speaker : people.findById(authorId).map(Agent::of).orElse(speaker);
        return new SchemaOrg.Quotation(SchemaOrg.CONTEXT, "Quotation", url("quotes", "Quote", quote.getId()),
                NodeId.encode("Quote", quote.getId()), quote.getText(), quote.getLanguage(), speaker, creator,
                partOf(article), outlet(quote.getViaOutletId()).map(Posting::by).orElse(null),
                explorer(article.getId(), quote.getSpan()));
    }

    private SchemaOrg.Claim claim(Claim claim) {
        Article article = articles.findById(claim.getArticleId()).orElseThrow();
        return new SchemaOrg.Claim(SchemaOrg.CONTEXT, "Claim", url("claims", "Claim", claim.getId()),
                NodeId.encode("Claim", claim.getId()), claim.getText(), claim.getLanguage(),
                agent(claim.getSource()), partOf(article), explorer(article.getId(), claim.getSpan()));
    }

    private Ref partOf(Article article) {
        return new Ref(url("articles", "Article", article.getId()), "NewsArticle", article.getTitle(),
                article.getPublishedOn());
    }

    private Agent agent(SourceRef ref) {
        Object source = sources.load(List.of(ref)).get(0);
        // Java 17: no pattern matching in switch yet.
        if (source instanceof Person person) {
            return Agent.of(person);
        } else if (source instanceof Party party) {
            return Agent.of(party);
        } else if (source instanceof Outlet outlet) {
            return Agent.of(outlet);
        } else if (source instanceof AnonymousSource anonymous) {
            Long partyId = anonymous.getAffiliationPartyId();
            return Agent.of(anonymous, partyId == null ? null : parties.findById(partyId).orElse(null));
        }
        throw new IllegalStateException("Not a source: " + source);
    }

    private Optional<Outlet> outlet(@Nullable Long id) {
        return id == null ? Optional.empty() : outlets.findById(id);
    }

    /** An article's parts are the records it stands behind: retracted ones are no longer among them. */
    private static <T> Specification<T> byArticle(Long articleId) {
        return (root, query, cb) -> cb.and(cb.equal(root.get("articleId"), articleId),
                cb.equal(root.get("status"), Status.ACTIVE));
    }

    private static String url(String collection, String type, Long id) {
        return base() + "/ld/" + collection + "/" + NodeId.encode(type, id);
    }

    /** The article in the explorer, with the span highlighted when there is one: the page a person would read. */
    private static String explorer(Long articleId, @Nullable Span span) {
        String url = base() + "/#/article/" + NodeId.encode("Article", articleId);
        return span == null ? url : url + "?start=" + span.start() + "&end=" + span.end();
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static <T> ResponseEntity<?> find(String id, String type, Function<Long, Optional<T>> finder,
                                              Function<T, Object> document) {
        Optional<T> found = NodeId.idOf(id, type).flatMap(finder);
        if (found.isPresent() && found.get() instanceof AttributedText record
                && record.getStatus() == Status.RETRACTED) {
            // 410, not 404: the record existed and an editor withdrew it; its history stays in the GraphQL API.
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "The "
                    + type.toLowerCase(Locale.ROOT) + " " + id + " was retracted by an editor; its history is in "
                    + "the GraphQL API (node(id) { ... on " + type + " { status history { reason } } })");
            problem.setProperty("code", "RETRACTED");
            return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        if (found.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "No " + type.toLowerCase(Locale.ROOT) + " has the id " + id);
            problem.setProperty("code", "NOT_FOUND");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.ok().contentType(JSON_LD).body(document.apply(found.get()));
    }
}
