package news.kathan.person;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonMergeRepository extends JpaRepository<PersonMerge, Long> {

    /** Points the ids once merged into {@code from} at {@code to}, so that every redirect is one step. */
    @Modifying
    @Query("update PersonMerge m set m.intoId = :to where m.intoId = :from")
    int redirect(Long from, Long to);
}
