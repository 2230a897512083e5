package news.kathan.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.kathan.ingest.extract.Directory;
import news.kathan.ingest.extract.Known;
import news.kathan.outlet.OutletKind;
import news.kathan.outlet.OutletRepository;
import news.kathan.party.PartyRepository;
import news.kathan.person.NamesChanged;
import news.kathan.person.PersonRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The extractor's {@link Directory}, built from every person, party and outlet in the database. It is rebuilt
 * lazily after ingestion adds names, so articles read later recognise people first met in earlier ones. A stale
 * directory only costs recall: new people are still matched to stored ones by name key when written.
 */
@Component
class KnownNames {

    private final PersonRepository people;
    private final PartyRepository parties;
    private final OutletRepository outlets;
    private volatile Directory current;

    KnownNames(PersonRepository people, PartyRepository parties, OutletRepository outlets) {
        this.people = people;
        this.parties = parties;
        this.outlets = outlets;
    }

    Directory current() {
        Directory directory = current;
        if (directory == null) {
            synchronized (this) {
                if (current == null) {
                    current = load();
                }
                directory = current;
            }
        }
        return directory;
    }

    /** Forgets the directory; the next article rebuilds it with the names added since. */
    void changed() {
        current = null;
    }

    /** An editor changed names: forget the directory once the change commits (or at once, outside one). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(NamesChanged event) {
        changed();
    }

    private Directory load() {
        List<Known> known = new ArrayList<>();
        Map<Long, String> genders = new LinkedHashMap<>();
        for (Object[] row : people.findAllGenders()) {
            genders.put((Long) row[0], (String) row[1]);
        }
        group(people.findAllNames()).forEach((id, names) ->
                known.add(Known.person(id, names.get(0), names.subList(1, names.size()), genders.get(id))));
        group(parties.findAllNames()).forEach((id, names) ->
                known.add(Known.party(id, names.get(0), names.subList(1, names.size()))));
        Map<Long, List<String>> handles = new LinkedHashMap<>();
        for (Object[] row : outlets.findAllHandles()) {
            handles.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        Map<Long, Boolean> agency = new LinkedHashMap<>();
        for (Object[] row : outlets.findAllNames()) {
            agency.put((Long) row[0], row[3] == OutletKind.AGENCY);
        }
        group(outlets.findAllNames()).forEach((id, names) -> known.add(Known.outlet(id, names.get(0),
                names.subList(1, names.size()), agency.get(id), handles.getOrDefault(id, List.of()))));
        return Directory.of(known);
    }

    /** Rows of (id, canonical name, alias, …) as id -> [canonical name, aliases…]. */
    private static Map<Long, List<String>> group(List<Object[]> rows) {
        Map<Long, List<String>> byId = new LinkedHashMap<>();
        for (Object[] row : rows) {
            List<String> names = byId.computeIfAbsent((Long) row[0], id -> new ArrayList<>(List.of((String) row[1])));
            names.add((String) row[2]);
        }
        return byId;
    }
}
