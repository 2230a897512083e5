package news.kathan.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import news.kathan.source.SourceLookup;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/**
 * A page of one person's active quotes is asked for along the index (speaker, status, id), which gives the same order
 * as by id; any other filter keeps plain id order, which that index would not give.
 */
class QuoteOrderTest {

    private static final Sort ALONG_THE_SPEAKER_INDEX = Sort.by("attribution.personId", "status", "id");

    private static SourceLookup.Resolved people(Long... ids) {
        return new SourceLookup.Resolved(Set.of(ids), Set.of(), Set.of(), Set.of());
    }

    @Test
    void onePersonsActiveQuotesFollowTheSpeakerIndex() {
        assertThat(QuoteController.order(people(34L), true)).isEqualTo(ALONG_THE_SPEAKER_INDEX);
    }

    @Test
    void otherwiseTheOrderIsById() {
        assertThat(QuoteController.order(people(34L, 35L), true)).isEqualTo(Sort.by("id"));
        assertThat(QuoteController.order(people(34L), false)).isEqualTo(Sort.by("id"));
        assertThat(QuoteController.order(null, true)).isEqualTo(Sort.by("id"));
        assertThat(QuoteController.order(new SourceLookup.Resolved(Set.of(34L), Set.of(2L), Set.of(), Set.of()), true))
                .isEqualTo(Sort.by("id"));
    }
}
