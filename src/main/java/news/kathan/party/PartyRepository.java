package news.kathan.party;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PartyRepository extends JpaRepository<Party, Long> {

    /** Every name of every party, as (id, canonical name, alias) rows. */
    @Query("select p.id, p.name, a.name from Party p join p.aliases a order by p.id")
    List<Object[]> findAllNames();

    /** The names of these parties, as (party id, alias) rows. */
    @Query("select p.id, a.name from Party p join p.aliases a where p.id in :ids")
    List<Object[]> findAliases(java.util.Collection<Long> ids);

    Optional<Party> findByName(String name);

    @Query("select distinct p from Party p join p.aliases a where a.key = :key")
    List<Party> findByAliasKey(String key);
}
