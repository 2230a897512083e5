package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionExecution;

/** A total is counted once per filter and generation of the archive; a committed write starts a new generation. */
class TotalCountsTest {

    private final AtomicInteger counted = new AtomicInteger();
    private final IntSupplier count = () -> 40 + counted.incrementAndGet();
    private final TotalCounts totals = new TotalCounts(new TotalCounts.Settings(Duration.ofMinutes(1), 100));

    private static TransactionExecution commit(boolean readOnly) {
        TransactionExecution transaction = mock(TransactionExecution.class);
        when(transaction.isReadOnly()).thenReturn(readOnly);
        return transaction;
    }

    @Test
    void theSameFilterIsCountedOnce() {
        int first = totals.of("quotes", "Verma", count).getAsInt();
        int second = totals.of("quotes", "Verma", count).getAsInt();
        assertThat(second).isEqualTo(first);
        assertThat(counted).hasValue(1);
    }

    @Test
    void otherFiltersAndOtherConnectionsAreCountedApart() {
        totals.of("quotes", "Verma", count).getAsInt();
        totals.of("quotes", "Sharma", count).getAsInt();
        totals.of("claims", "Verma", count).getAsInt();
        totals.of("quotes", null, count).getAsInt();
        assertThat(counted).hasValue(4);
    }

    @Test
    void aCommittedWriteIsCountedAgainButAReadOnlyTransactionIsNot() {
        totals.of("quotes", "Verma", count).getAsInt();
        totals.afterCommit(commit(true), null);
        totals.of("quotes", "Verma", count).getAsInt();
        assertThat(counted).hasValue(1);

        totals.afterCommit(commit(false), null);
        assertThat(totals.of("quotes", "Verma", count).getAsInt()).isEqualTo(42);
        assertThat(counted).hasValue(2);
    }

    @Test
    void aCountThatAWriteOvertookIsNotServedAfterTheWrite() {
        // The page was built, then a write committed, then the total of that page was read.
        IntSupplier startedBefore = totals.of("quotes", "Verma", count);
        totals.afterCommit(commit(false), null);
        startedBefore.getAsInt();

        totals.of("quotes", "Verma", count).getAsInt();
        assertThat(counted).hasValue(2);
    }

    @Test
    void aTtlOfZeroCountsEveryTime() {
        TotalCounts uncached = new TotalCounts(new TotalCounts.Settings(Duration.ZERO, 100));
        uncached.of("quotes", "Verma", count).getAsInt();
        uncached.of("quotes", "Verma", count).getAsInt();
        assertThat(counted).hasValue(2);
    }
}
