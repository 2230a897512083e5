package news.kathan.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import news.kathan.api.BadRequestException;
import news.kathan.api.Batches;
import news.kathan.api.Connection;
import news.kathan.api.Cursor;
import news.kathan.api.PageRequest;
import news.kathan.api.Specs;
import news.kathan.api.TotalCounts;
import news.kathan.article.Article;
import news.kathan.article.ArticleRepository;
import news.kathan.party.Party;
import news.kathan.person.Person;
import news.kathan.source.SourceLookup;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class EventController {

    /** The EventFilter input of the schema. */
    record EventFilter(@Nullable LocalDate on, @Nullable LocalDate from, @Nullable LocalDate to,
                       @Nullable EventKind kind, @Nullable String participant) {
    }

    private final EventRepository events;
    private final ArticleRepository articles;
    private final SourceLookup lookup;
    private final TotalCounts totals;

    EventController(EventRepository events, ArticleRepository articles, SourceLookup lookup, TotalCounts totals) {
        this.events = events;
        this.articles = articles;
        this.lookup = lookup;
        this.totals = totals;
    }

    /** Events in date order: by the first day their date can mean, then by id. */
    @QueryMapping
    Connection<Event> events(@Argument @Nullable EventFilter filter, @Argument @Nullable Integer first,
                             @Argument @Nullable String after) {
        PageRequest page = PageRequest.of(first, after);
        Specification<Event> spec = filter == null ? Specs.all() : spec(filter);
        return Specs.page(events, spec, after(page.cursor(2)), Sort.by("rangeStart", "id"), page,
                event -> Cursor.of(event.getRangeStart(), event.getId()),
                total -> totals.of("events", filter, total));
    }

    /**
     * Events whose date, at its precision, overlaps the day or range asked for: the event's [rangeStart,
     * rangeEnd] and the filter's days share at least one day.
     */
    private Specification<Event> spec(EventFilter filter) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new BadRequestException("from (" + filter.from() + ") is after to (" + filter.to() + ")");
        }
        Specification<Event> spec = Specs.equal("kind", filter.kind());
        if (filter.on() != null) {
            LocalDate on = filter.on();
            spec = spec.and((root, query, cb) -> cb.and(cb.lessThanOrEqualTo(root.get("rangeStart"), on),
                    cb.greaterThanOrEqualTo(root.get("rangeEnd"), on)));
        }
        if (filter.from() != null) {
            LocalDate from = filter.from();
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("rangeEnd"), from));
        }
        if (filter.to() != null) {
            LocalDate to = filter.to();
            spec = spec.and((root, query, cb) -> cb.lessThanOrEqualTo(root.get("rangeStart"), to));
        }
        if (filter.participant() != null) {
            var participants = lookup.people(filter.participant());
            spec = spec.and((root, query, cb) -> {
                var taking = query.subquery(Long.class);
                var event = taking.from(Event.class);
                var person = event.join("participantIds");
                taking.select(event.get("id")).where(participants.isEmpty() ? cb.disjunction() : person.in(participants));
                return root.get("id").in(taking);
            });
        }
        return spec;
    }

    private static Specification<Event> after(@Nullable Cursor cursor) {
        if (cursor == null) {
            return Specs.all();
        }
        LocalDate start;
        try {
            start = LocalDate.parse(cursor.value(0));
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Invalid cursor: use a cursor returned by this connection");
        }
        long id = cursor.longValue(1);
        return (root, query, cb) -> cb.or(cb.greaterThan(root.get("rangeStart"), start),
                cb.and(cb.equal(root.get("rangeStart"), start), cb.greaterThan(root.get("id"), id)));
    }

    @BatchMapping
    List<List<Person>> participants(List<Event> batch) {
        return Batches.children(batch, Event::getId, Batches.group(events.findParticipants(Batches.ids(batch, Event::getId))));
    }

    @BatchMapping
    List<List<Party>> parties(List<Event> batch) {
        return Batches.children(batch, Event::getId, Batches.group(events.findParties(Batches.ids(batch, Event::getId))));
    }

    @BatchMapping
    List<List<EventMention>> mentions(List<Event> batch) {
        Map<Long, List<EventMention>> byEvent = new java.util.HashMap<>();
        for (EventMention mention : events.findMentions(Batches.ids(batch, Event::getId))) {
            byEvent.computeIfAbsent(mention.getEventId(), k -> new java.util.ArrayList<>()).add(mention);
        }
        return Batches.children(batch, Event::getId, byEvent);
    }

    @BatchMapping(typeName = "EventMention", field = "article")
    Map<EventMention, Article> mentionArticle(List<EventMention> batch) {
        return Batches.resolve(batch, EventMention::getArticleId,
                Batches.byId(articles.findWithoutBodies(Batches.ids(batch, EventMention::getArticleId)), Article::getId));
    }

    /** The mentioned words: the article's body at the mention's span. */
    @BatchMapping(typeName = "EventMention", field = "text")
    Map<EventMention, String> mentionText(List<EventMention> batch) {
        Map<EventMention, String> bodies = Batches.resolve(batch, EventMention::getArticleId,
                Batches.values(articles.findBodies(Batches.ids(batch, EventMention::getArticleId))));
        Map<EventMention, String> texts = new java.util.LinkedHashMap<>();
        bodies.forEach((mention, body) -> texts.put(mention,
                body.substring(mention.getSpan().start(), mention.getSpan().end())));
        return texts;
    }
}
