package news.kathan.event;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends JpaRepository<Event, Long>, JpaSpecificationExecutor<Event> {

    Optional<Event> findByIdentityKey(String identityKey);

    @Query("select distinct e from Event e join e.mentions m where m.articleId = :articleId")
    List<Event> findMentionedIn(Long articleId);

    /** The events each of these articles mentions, as (article id, event) rows. */
    @Query("select distinct m.articleId, m.event from EventMention m where m.articleId in :articleIds")
    List<Object[]> findByArticleIds(java.util.Collection<Long> articleIds);

    @Query("select e from Event e join e.participantIds p where p = :personId")
    List<Event> findByParticipant(Long personId);

    /** The events each of these people took part in, as (person id, event) rows. */
    @Query("select p, e from Event e join e.participantIds p where p in :personIds")
    List<Object[]> findByParticipantIds(java.util.Collection<Long> personIds);

    /**
     * The participants of these events, as (event id, person) rows, in a stable order: by person id. One statement
     * with the people, where reading the ids and then the people was two for every page of events.
     */
    @Query("""
            select e.id, person from Event e join e.participantIds p join Person person on person.id = p
            where e.id in :eventIds order by e.id, p""")
    List<Object[]> findParticipants(java.util.Collection<Long> eventIds);

    /** The parties of these events, as (event id, party) rows, by party id. */
    @Query("""
            select e.id, party from Event e join e.partyIds p join Party party on party.id = p
            where e.id in :eventIds order by e.id, p""")
    List<Object[]> findParties(java.util.Collection<Long> eventIds);

    @Query("select m from EventMention m where m.event.id in :eventIds order by m.articleId, m.span.start")
    List<EventMention> findMentions(java.util.Collection<Long> eventIds);
}
