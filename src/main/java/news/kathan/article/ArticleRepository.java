package news.kathan.article;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long>, JpaSpecificationExecutor<Article> {

    Optional<Article> findByFeedAndExternalId(String feed, String externalId);

    /**
     * Articles by id without their bodies, for the hops from quotes, claims and event mentions: a page of them
     * reaches tens or hundreds of articles, and the bodies are most of their bytes (2 KB each in the synthetic
     * archive, against 200 bytes for the rest), read, sent and decoded for nothing unless {@code body} is asked for.
     * {@link ArticleSpecs#withoutBody} selects the same columns in criteria queries; a new column goes in both.
     */
    @Query("""
            select new Article(a.id, a.feed, a.externalId, a.outletId, a.title, a.language, a.publishedOn,
                a.dateSource, a.byline, a.url, a.contentHash, a.version, a.ingestedAt, a.updatedAt)
            from Article a where a.id in :ids""")
    List<Article> findWithoutBodies(Collection<Long> ids);

    /** Rows of (article id, body). */
    @Query("select a.id, a.body from Article a where a.id in :ids")
    List<Object[]> findBodies(Collection<Long> ids);

    /**
     * The article of a feed with this external id, locked until the transaction ends: two ingestions of the same
     * article take turns, so the second sees what the first stored.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.feed = :feed and a.externalId = :externalId")
    Optional<Article> findForUpdate(String feed, String externalId);
}
