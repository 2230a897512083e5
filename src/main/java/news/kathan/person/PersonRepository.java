package news.kathan.person;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    /** Every name of every person, as (id, canonical name, alias) rows: what the extractor matches against. */
    @Query("select p.id, p.name, a.name from Person p join p.aliases a order by p.id")
    List<Object[]> findAllNames();

    /** The gender of every person whose gender is known, as (id, gender) rows. */
    @Query("select p.id, p.gender from Person p where p.gender is not null")
    List<Object[]> findAllGenders();

    /** The names of these people, as (person id, alias) rows. */
    @Query("select p.id, a.name from Person p join p.aliases a where p.id in :ids")
    List<Object[]> findAliases(java.util.Collection<Long> ids);

    /** The parties these people belong or belonged to, as (person id, party) rows. */
    @Query("select m.person.id, pt from PartyMembership m, Party pt where pt.id = m.partyId and m.person.id in :ids")
    List<Object[]> findParties(java.util.Collection<Long> ids);

    /** The members of these parties, as (party id, person) rows. */
    @Query("select m.partyId, m.person from PartyMembership m where m.partyId in :partyIds")
    List<Object[]> findMembers(java.util.Collection<Long> partyIds);

    @Query("select distinct p from Person p join p.aliases a where a.key = :key order by p.id")
    List<Person> findByAliasKey(String key);
}
