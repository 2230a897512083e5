package news.kathan.person;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import news.kathan.api.Batches;
import news.kathan.api.Connection;
import news.kathan.api.Cursor;
import news.kathan.api.Like;
import news.kathan.api.NestedPages;
import news.kathan.api.PageRequest;
import news.kathan.api.Specs;
import news.kathan.api.TotalCounts;
import news.kathan.claim.Claim;
import news.kathan.event.Event;
import news.kathan.event.EventRepository;
import news.kathan.party.Party;
import news.kathan.quote.Quote;
import news.kathan.source.SourceLookup;
import news.kathan.text.NameKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class PersonController {

    /** The PersonFilter input of the schema. */
    record PersonFilter(@Nullable String name, @Nullable String party) {
    }

    private static final NestedPages.Children<Quote> QUOTES =
            NestedPages.Children.active(Quote.class, "quote", "speaker_person_id", Quote::getId);
    private static final NestedPages.Children<Claim> CLAIMS =
            NestedPages.Children.active(Claim.class, "claim", "source_person_id", Claim::getId);

    private final PersonRepository people;
    private final EventRepository events;
    private final SourceLookup lookup;
    private final TotalCounts totals;

    PersonController(PersonRepository people, EventRepository events, SourceLookup lookup, NestedPages nestedPages,
                     BatchLoaderRegistry registry, TotalCounts totals) {
        this.people = people;
        this.events = events;
        this.lookup = lookup;
        this.totals = totals;
        registry.<NestedPages.Key, Connection<Quote>>forName("Person.quotes")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> nestedPages.load(keys, QUOTES)));
        registry.<NestedPages.Key, Connection<Claim>>forName("Person.claims")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> nestedPages.load(keys, CLAIMS)));
    }

    /** The person known by a name; when several share the name's key, the one recorded first. */
    @QueryMapping
    @Nullable Person person(@Argument String name) {
        return lookup.people(name).stream().sorted().findFirst().flatMap(people::findById).orElse(null);
    }

    @QueryMapping
    Connection<Person> people(@Argument @Nullable PersonFilter filter, @Argument @Nullable Integer first,
                              @Argument @Nullable String after) {
        PageRequest page = PageRequest.of(first, after);
        Specification<Person> spec = Specs.all();
        if (filter != null && filter.name() != null) {
            String key = NameKeys.of(filter.name());
            spec = spec.and((root, query, cb) -> {
                var named = query.subquery(Long.class);
                var person = named.from(Person.class);
                var alias = person.join("aliases");
                named.select(person.get("id")).where(cb.like(alias.get("key"), Like.containing(key), Like.ESCAPE));
                return root.get("id").in(named);
            });
        }
        if (filter != null && filter.party() != null) {
            var parties = lookup.parties(filter.party());
            spec = spec.and((root, query, cb) -> {
                var members = query.subquery(Long.class);
                var membership = members.from(PartyMembership.class);
                members.select(membership.get("person").get("id"))
                        .where(parties.isEmpty() ? cb.disjunction() : membership.get("partyId").in(parties));
                return root.get("id").in(members);
            });
        }
        return Specs.page(people, spec, Specs.idAfter(page.cursor(1)), Sort.by("id"), page,
                person -> Cursor.of(person.getId()),
                total -> totals.of("people", filter, total));
    }

    @BatchMapping
    List<List<String>> aliases(List<Person> batch) {
        return Batches.children(batch, Person::getId, Batches.group(people.findAliases(Batches.ids(batch, Person::getId))));
    }

    @BatchMapping
    List<List<Party>> parties(List<Person> batch) {
        return Batches.children(batch, Person::getId, Batches.group(people.findParties(Batches.ids(batch, Person::getId))));
    }

    @BatchMapping
    List<List<Event>> events(List<Person> batch) {
        return Batches.children(batch, Person::getId,
                Batches.group(events.findByParticipantIds(Batches.ids(batch, Person::getId))));
    }

    @SchemaMapping
    CompletableFuture<Connection<Quote>> quotes(Person person, @Argument @Nullable Integer first,
                                                @Argument @Nullable String after, DataFetchingEnvironment env) {
        return env.<NestedPages.Key, Connection<Quote>>getDataLoader("Person.quotes")
                .load(NestedPages.Key.of(person.getId(), first, after, env));
    }

    @SchemaMapping
    CompletableFuture<Connection<Claim>> claims(Person person, @Argument @Nullable Integer first,
                                                @Argument @Nullable String after, DataFetchingEnvironment env) {
        return env.<NestedPages.Key, Connection<Claim>>getDataLoader("Person.claims")
                .load(NestedPages.Key.of(person.getId(), first, after, env));
    }
}
