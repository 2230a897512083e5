package news.kathan.article;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PartyMentionRepository extends JpaRepository<PartyMention, Long> {

    /** The parties each of these articles names, as (article id, party) rows. */
    @Query("select distinct m.articleId, p from PartyMention m, Party p where p.id = m.partyId"
            + " and m.articleId in :articleIds")
    java.util.List<Object[]> findPartiesByArticleIds(java.util.Collection<Long> articleIds);

    @Modifying
    @Query("delete from PartyMention m where m.articleId = :articleId")
    int deleteByArticleId(Long articleId);
}
