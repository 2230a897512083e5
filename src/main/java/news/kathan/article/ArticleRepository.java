package news.kathan.article;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    Optional<Article> findByFeedAndExternalId(String feed, String externalId);

    /**
     * The article of a feed with this external id, locked until the transaction ends: two ingestions of the same
     * article take turns, so the second sees what the first stored.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.feed = :feed and a.externalId = :externalId")
    Optional<Article> findForUpdate(String feed, String externalId);
}
