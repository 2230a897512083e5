package news.kathan.partner;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import news.kathan.api.BadRequestException;
import news.kathan.api.InvalidInputException;
import news.kathan.api.NodeId;
import news.kathan.api.NotFoundException;
import news.kathan.event.Event;
import news.kathan.event.EventRepository;
import news.kathan.person.NamesChanged;
import news.kathan.person.Person;
import news.kathan.person.PersonMerge;
import news.kathan.person.PersonMergeRepository;
import news.kathan.person.PersonRepository;
import news.kathan.source.SourceLookup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges two records of one person (the pipeline met "Sunita Verma" and "सुनीता वर्मा" before anyone linked them):
 * the merged record's names, party memberships, quotes, claims, their histories, mentions and events move to the
 * person kept, and the merged id keeps resolving to the person kept. Events that become one (the same resignation
 * once recorded under each record) are merged too.
 */
@Service
@Transactional
class PeopleMerging {

    /** Every column that points at a person, outside the person's own tables and events. */
    private static final List<String> PERSON_REFERENCES = List.of(
            "update Quote q set q.attribution.personId = :into where q.attribution.personId = :merged",
            "update Quote q set q.originalAuthorId = :into where q.originalAuthorId = :merged",
            "update QuoteRevision r set r.attribution.personId = :into where r.attribution.personId = :merged",
            "update Claim c set c.attribution.personId = :into where c.attribution.personId = :merged",
            "update ClaimRevision r set r.attribution.personId = :into where r.attribution.personId = :merged",
            "update PersonMention m set m.personId = :into where m.personId = :merged");

    private final PersonRepository people;
    private final PersonMergeRepository merges;
    private final EventRepository events;
    private final SourceLookup lookup;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    PeopleMerging(PersonRepository people, PersonMergeRepository merges, EventRepository events,
                  SourceLookup lookup, EntityManager entityManager, ApplicationEventPublisher publisher,
                  Clock clock) {
        this.people = people;
        this.merges = merges;
        this.events = events;
        this.lookup = lookup;
        this.entityManager = entityManager;
        this.publisher = publisher;
        this.clock = clock;
    }

    Person merge(Partner partner, PartnerMutations.MergePeopleInput input) {
        Corrections.requireEditor(partner, "merge people");
        Person into = person(input.into(), "input.into");
        Person merged = person(input.merged(), "input.merged");
        if (into.getId().equals(merged.getId())) {
            throw InvalidInputException.of("input.merged", "is the same person as input.into");
        }
        String wikidata = merged.getWikidataId();
        if (wikidata != null && into.getWikidataId() != null && !wikidata.equals(into.getWikidataId())) {
            throw InvalidInputException.of("input.merged", "is Wikidata " + wikidata + " and input.into is "
                    + into.getWikidataId() + ": two different people");
        }
        long intoId = into.getId();
        long mergedId = merged.getId();
        for (String update : PERSON_REFERENCES) {
            entityManager.createQuery(update).setParameter("into", intoId).setParameter("merged", mergedId)
                    .executeUpdate();
        }
        mergeEvents(mergedId, intoId);
        into.absorb(merged);
        merged.setWikidataId(null);
        people.delete(merged);
        people.flush();
        if (into.getWikidataId() == null) {
            into.setWikidataId(wikidata);
        }
        merges.redirect(mergedId, intoId);
        merges.save(new PersonMerge(mergedId, intoId, partner.name(), clock.instant()));
        publisher.publishEvent(new NamesChanged());
        return into;
    }

    /**
     * Moves the merged person's events to the person kept. An event whose new identity is already stored (both
     * records had the same resignation) is one event: the stored one takes over its mentions.
     */
    private void mergeEvents(long mergedId, long intoId) {
        for (Event event : events.findByParticipant(mergedId)) {
            String key = event.identityKeyReplacing(mergedId, intoId);
            Optional<Event> same = key.equals(event.getIdentityKey()) ? Optional.empty()
                    : events.findByIdentityKey(key).filter(other -> !Objects.equals(other.getId(), event.getId()));
            if (same.isPresent()) {
                same.get().absorb(event);
                same.get().replaceParticipant(mergedId, intoId);
                events.delete(event);
            } else {
                event.replaceParticipant(mergedId, intoId);
            }
        }
    }

    private Person person(String nodeId, String field) {
        NodeId id = NodeId.decode(nodeId).orElseThrow(() -> new BadRequestException("Not a valid node id: " + nodeId));
        if (!id.type().equals("Person")) {
            throw InvalidInputException.of(field, "must be the id of a Person, not a " + id.type());
        }
        long resolved = lookup.people(nodeId).iterator().next();
        return people.findById(resolved).orElseThrow(() -> new NotFoundException("No Person has the id " + nodeId));
    }
}
