package news.kathan.article;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonMentionRepository extends JpaRepository<PersonMention, Long> {

    /** The people each of these articles names, as (article id, person) rows. */
    @Query("select distinct m.articleId, p from PersonMention m, Person p where p.id = m.personId"
            + " and m.articleId in :articleIds")
    java.util.List<Object[]> findPeopleByArticleIds(java.util.Collection<Long> articleIds);

    @Modifying
    @Query("delete from PersonMention m where m.articleId = :articleId")
    int deleteByArticleId(Long articleId);
}
