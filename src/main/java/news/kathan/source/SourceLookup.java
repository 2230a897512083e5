package news.kathan.source;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import news.kathan.api.Like;
import news.kathan.api.NodeId;
import news.kathan.text.NameKeys;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves what a client gives as a source, speaker, participant, outlet or party (a name in any script or
 * spelling, an anonymous source's description, or a node id) to the ids it stands for. Names go through their
 * name key, so "Raghvendra Shukla", "Raghavendra Shukla" and "राघवेंद्र शुक्ला" find the same person.
 */
@Component
@Transactional(readOnly = true)
public class SourceLookup {

    private final EntityManager entityManager;

    SourceLookup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** People by name, or by node id: the id of a person merged into another stands for the person kept. */
    public Set<Long> people(String nameOrId) {
        Optional<Long> id = NodeId.idOf(nameOrId, "Person");
        if (id.isPresent()) {
            return Set.copyOf(entityManager.createQuery("select m.intoId from PersonMerge m where m.mergedId = :id",
                    Long.class).setParameter("id", id.get()).getResultStream().findFirst()
                    .map(Set::of).orElse(Set.of(id.get())));
        }
        return byNodeIdOr(nameOrId, "Person", "select distinct p.id from Person p join p.aliases a where a.key = :key");
    }

    public Set<Long> parties(String nameOrId) {
        return byNodeIdOr(nameOrId, "Party", "select distinct p.id from Party p join p.aliases a where a.key = :key");
    }

    public Set<Long> outlets(String nameOrId) {
        return byNodeIdOr(nameOrId, "Outlet", "select distinct o.id from Outlet o join o.aliases a where a.key = :key");
    }

    /** Anonymous sources by node id, or whose description contains the given words ("sources close to"). */
    public Set<Long> anonymousSources(String descriptionOrId) {
        Optional<Long> id = NodeId.idOf(descriptionOrId, "AnonymousSource");
        if (id.isPresent()) {
            return Set.of(id.get());
        }
        String key = AnonymousSource.keyOf(descriptionOrId);
        if (key.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(entityManager.createQuery("select s.id from AnonymousSource s where s.descriptionKey like :pattern"
                        + " escape '" + Like.ESCAPE + "'", Long.class)
                .setParameter("pattern", Like.containing(key))
                .getResultList());
    }

    /**
     * Every source a name or id can stand for. A name of a person, outlet or party stands for them only: "sources
     * close to Raghvendra Shukla" are not Raghvendra Shukla, so an anonymous source is found by its description only when the
     * words name no one ("highly-placed sources"). The names of the three kinds are looked up in one statement:
     * it is the first of every page of quotes or claims by source.
     */
    public Resolved any(String nameOrId) {
        Optional<NodeId> node = NodeId.decode(nameOrId);
        if (node.isPresent()) {
            return switch (node.get().type()) {
                case "Person" -> new Resolved(people(nameOrId), Set.of(), Set.of(), Set.of());
                case "Outlet" -> new Resolved(Set.of(), Set.of(node.get().id()), Set.of(), Set.of());
                case "Party" -> new Resolved(Set.of(), Set.of(), Set.of(node.get().id()), Set.of());
                case "AnonymousSource" -> new Resolved(Set.of(), Set.of(), Set.of(), Set.of(node.get().id()));
                default -> Resolved.NONE;
            };
        }
        String key = NameKeys.of(nameOrId);
        if (key.isEmpty()) {
            return Resolved.NONE;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select 'PERSON', a.person_id from person_alias a where a.alias_key = :key
                        union all select 'OUTLET', a.outlet_id from outlet_alias a where a.alias_key = :key
                        union all select 'PARTY', a.party_id from party_alias a where a.alias_key = :key""")
                .setParameter("key", key)
                .getResultList();
        if (rows.isEmpty()) {
            return new Resolved(Set.of(), Set.of(), Set.of(), anonymousSources(nameOrId));
        }
        Map<String, Set<Long>> ids = rows.stream().collect(Collectors.groupingBy(row -> row[0].toString().trim(),
                Collectors.mapping(row -> ((Number) row[1]).longValue(), Collectors.toUnmodifiableSet())));
        return new Resolved(ids.getOrDefault("PERSON", Set.of()), ids.getOrDefault("OUTLET", Set.of()),
                ids.getOrDefault("PARTY", Set.of()), Set.of());
    }

    /** The ids a name stands for, by kind of source. */
    public record Resolved(Set<Long> people, Set<Long> outlets, Set<Long> parties, Set<Long> anonymous) {

        static final Resolved NONE = new Resolved(Set.of(), Set.of(), Set.of(), Set.of());

        public boolean isEmpty() {
            return people.isEmpty() && outlets.isEmpty() && parties.isEmpty() && anonymous.isEmpty();
        }

        /** Whether the name is one person's and nothing else's. */
        public boolean isOnePerson() {
            return people.size() == 1 && outlets.isEmpty() && parties.isEmpty() && anonymous.isEmpty();
        }
    }

    private Set<Long> byNodeIdOr(String nameOrId, String type, String byKey) {
        Optional<Long> id = NodeId.idOf(nameOrId, type);
        if (id.isPresent()) {
            return Set.of(id.get());
        }
        String key = NameKeys.of(nameOrId);
        if (key.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = entityManager.createQuery(byKey, Long.class).setParameter("key", key).getResultList();
        return ids.stream().collect(Collectors.toUnmodifiableSet());
    }
}
