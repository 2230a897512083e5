package news.kathan.claim;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClaimRevisionRepository extends JpaRepository<ClaimRevision, Long> {

    List<ClaimRevision> findByClaimIdInOrderByRevisionDesc(Collection<Long> claimIds);
}
