package news.kathan.outlet;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutletRepository extends JpaRepository<Outlet, Long> {

    /** Every name of every outlet, as (id, canonical name, alias, kind) rows. */
    @Query("select o.id, o.name, a.name, o.kind from Outlet o join o.aliases a order by o.id")
    List<Object[]> findAllNames();

    /** Every handle of every outlet, as (id, handle) rows. */
    @Query("select o.id, h from Outlet o join o.handles h")
    List<Object[]> findAllHandles();

    /** The names of these outlets, as (outlet id, alias) rows. */
    @Query("select o.id, a.name from Outlet o join o.aliases a where o.id in :ids")
    List<Object[]> findAliases(java.util.Collection<Long> ids);

    Optional<Outlet> findByName(String name);

    @Query("select distinct o from Outlet o join o.aliases a where a.key = :key")
    List<Outlet> findByAliasKey(String key);

    @Query("select o from Outlet o join o.handles h where h in :handles")
    List<Outlet> findByHandleIn(Collection<String> handles);
}
