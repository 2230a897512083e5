package news.kathan.quote;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuoteRevisionRepository extends JpaRepository<QuoteRevision, Long> {

    List<QuoteRevision> findByQuoteIdInOrderByRevisionDesc(Collection<Long> quoteIds);
}
