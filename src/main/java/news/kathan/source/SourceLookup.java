package news.kathan.source;

import jakarta.persistence.EntityManager;
import java.util.List;
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

    /** Every source a name or id can stand for, of any kind. */
    public Resolved any(String nameOrId) {
        return new Resolved(people(nameOrId), outlets(nameOrId), parties(nameOrId), anonymousSources(nameOrId));
    }

    /** The ids a name stands for, by kind of source. */
    public record Resolved(Set<Long> people, Set<Long> outlets, Set<Long> parties, Set<Long> anonymous) {
        public boolean isEmpty() {
            return people.isEmpty() && outlets.isEmpty() && parties.isEmpty() && anonymous.isEmpty();
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
