package news.kathan.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.kathan.outlet.Outlet;
import news.kathan.outlet.OutletRepository;
import news.kathan.party.Party;
import news.kathan.party.PartyRepository;
import news.kathan.person.Person;
import news.kathan.person.PersonRepository;
import org.springframework.data.repository.CrudRepository;
import org.springframework.stereotype.Component;

/**
 * Loads the sources behind a batch of quotes or claims: one query per kind of source present, however many
 * quotes there are. The objects returned are the entities, whose class names are the members of the GraphQL
 * {@code Source} union.
 */
@Component
public class SourceLoader {

    private final PersonRepository people;
    private final OutletRepository outlets;
    private final PartyRepository parties;
    private final AnonymousSourceRepository anonymousSources;

    SourceLoader(PersonRepository people, OutletRepository outlets, PartyRepository parties,
                 AnonymousSourceRepository anonymousSources) {
        this.people = people;
        this.outlets = outlets;
        this.parties = parties;
        this.anonymousSources = anonymousSources;
    }

    /** The source of each reference, in the same order. */
    public List<Object> load(List<SourceRef> refs) {
        Map<SourceKind, List<Long>> idsByKind = refs.stream().collect(Collectors.groupingBy(SourceRef::kind,
                Collectors.mapping(SourceRef::id, Collectors.toList())));
        Map<SourceKind, Map<Long, ?>> loaded = new HashMap<>();
        idsByKind.forEach((kind, ids) -> loaded.put(kind, switch (kind) {
            case PERSON -> byId(people, ids, Person::getId);
            case OUTLET -> byId(outlets, ids, Outlet::getId);
            case PARTY -> byId(parties, ids, Party::getId);
            case ANONYMOUS -> byId(anonymousSources, ids, AnonymousSource::getId);
        }));
        List<Object> sources = new ArrayList<>(refs.size());
        for (SourceRef ref : refs) {
            sources.add(Objects.requireNonNull(loaded.get(ref.kind()).get(ref.id()), () -> "Missing source " + ref));
        }
        return sources;
    }

    private static <T> Map<Long, T> byId(CrudRepository<T, Long> repository, Collection<Long> ids,
                                         Function<T, Long> id) {
        Map<Long, T> found = new HashMap<>();
        repository.findAllById(ids.stream().distinct().toList()).forEach(e -> found.put(id.apply(e), e));
        return found;
    }
}
