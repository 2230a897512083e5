package news.kathan.ingest;

import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Ingests, running again when a concurrent ingestion won a race: both inserted the same new article, event,
 * anonymous source or alias and the database kept the first (a unique key), or one waited too long for the
 * other's lock. The next attempt, in a new transaction, finds what the winner stored. Partners' writes and the
 * synthetic archive both ingest concurrently, so both go through here.
 */
public final class IngestRetry {

    /** How many times an ingestion runs when it keeps losing races. */
    static final int ATTEMPTS = 3;

    private IngestRetry() {
    }

    public static IngestResult ingest(ArticleIngestion ingestion, IngestRequest request) {
        return retrying(() -> ingestion.ingest(request));
    }

    /** Runs a write transaction again when it lost such a race, up to {@link #ATTEMPTS} times. */
    static <T> T retrying(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
