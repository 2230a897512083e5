package news.kathan.partner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    Optional<ApiKey> findByName(String name);

    Optional<ApiKey> findByKeyPrefix(String keyPrefix);

    List<ApiKey> findAllByOrderByCreatedAtAsc();
}
