package news.kathan.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import news.kathan.ingest.extract.Directory;
import news.kathan.ingest.extract.Known;
import news.kathan.outlet.OutletKind;
import news.kathan.outlet.OutletRepository;
import news.kathan.party.PartyRepository;
import news.kathan.person.NamesChanged;
import news.kathan.person.PersonRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The extractor's {@link Directory}, built from every person, party and outlet in the database. It is rebuilt
 * lazily once names change: after an ingestion that met a new person or printed a new spelling of a known one
 * ({@link #changed()}), after an editor's change or a load of the reference lists ({@link NamesChanged}), and at
 * the latest a minute after it was built, for names another instance or process added. Rebuilding reads every
 * name, so it is not done after ingestions that change none (most, once an archive knows its people), and
 * articles read later still recognise people first met in earlier ones. A stale directory only costs recall: new
 * people are still matched to stored ones by name key when written.
 */
@Component
class KnownNames {

    /** How long a directory is used before names written elsewhere are read again. */
    static final long MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(1);

    /** A built directory, with the generation of names it was read at and when. */
    private record Built(Directory directory, long generation, long builtAt) {
    }

    private final PersonRepository people;
    private final PartyRepository parties;
    private final OutletRepository outlets;
    /** Counts changes of names, so that a change committed while a directory is being read is not lost. */
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Built current;

    KnownNames(PersonRepository people, PartyRepository parties, OutletRepository outlets) {
        this.people = people;
        this.parties = parties;
        this.outlets = outlets;
    }

    Directory current() {
        Built built = current;
        if (!fresh(built)) {
            synchronized (this) {
                built = current;
                if (!fresh(built)) {
                    // Read the generation first: a change that commits during the load makes the next call reload.
                    long seen = generation.get();
                    built = new Built(load(), seen, System.nanoTime());
                    current = built;
                }
            }
        }
        return built.directory();
    }

    private boolean fresh(@Nullable Built built) {
        return built != null && built.generation() == generation.get()
                && System.nanoTime() - built.builtAt() < MAX_AGE_NANOS;
    }

    /** Forgets the directory; the next article rebuilds it with the names added since. */
    void changed() {
        generation.incrementAndGet();
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
