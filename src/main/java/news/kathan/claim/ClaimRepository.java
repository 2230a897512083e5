package news.kathan.claim;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ClaimRepository extends JpaRepository<Claim, Long>, JpaSpecificationExecutor<Claim> {

    /** Deletes what the machine extracted from an article; claims an editor corrected stay. */
    @Modifying
    @Query("delete from Claim c where c.articleId = :articleId and c.revision = 1")
    int deleteExtractedByArticleId(Long articleId);

    @Query("select c from Claim c where c.articleId = :articleId and c.revision > 1")
    List<Claim> findCorrectedByArticleId(Long articleId);

    /** Every claim of an article, retracted ones included. */
    List<Claim> findByArticleId(Long articleId);
}
