package news.kathan.source;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnonymousSourceRepository extends JpaRepository<AnonymousSource, Long> {

    List<AnonymousSource> findByDescriptionKey(String descriptionKey);

    @Query("""
            select s from AnonymousSource s where s.descriptionKey = :descriptionKey
            and (s.affiliationPartyId = :partyId or (s.affiliationPartyId is null and :partyId is null))""")
    Optional<AnonymousSource> findByDescriptionKeyAndAffiliation(String descriptionKey, @Nullable Long partyId);
}
