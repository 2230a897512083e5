package news.kathan.quote;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface QuoteRepository extends JpaRepository<Quote, Long>, JpaSpecificationExecutor<Quote> {

    /** Deletes what the machine extracted from an article; quotes an editor corrected stay. */
    @Modifying
    @Query("delete from Quote q where q.articleId = :articleId and q.revision = 1")
    int deleteExtractedByArticleId(Long articleId);

    @Query("select q from Quote q where q.articleId = :articleId and q.revision > 1")
    List<Quote> findCorrectedByArticleId(Long articleId);

    /** Every quote of an article, retracted ones included. */
    List<Quote> findByArticleId(Long articleId);
}
