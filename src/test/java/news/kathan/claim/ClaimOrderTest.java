package news.kathan.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import news.kathan.source.SourceKind;
import news.kathan.source.SourceLookup;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

/**
 * Active claims of one person, or of one kind of source, are asked for along the index that leads with it, which
 * gives the same order as by id; any other filter keeps plain id order.
 */
class ClaimOrderTest {

    private static final SourceLookup.Resolved ONE_PERSON =
            new SourceLookup.Resolved(Set.of(34L), Set.of(), Set.of(), Set.of());
    private static final SourceLookup.Resolved AN_OUTLET =
            new SourceLookup.Resolved(Set.of(), Set.of(3L), Set.of(), Set.of());

    @Test
    void onePersonsActiveClaimsFollowTheSourcePersonIndex() {
        Sort alongPerson = Sort.by("attribution.personId", "status", "id");
        assertThat(ClaimController.order(ONE_PERSON, null, true)).isEqualTo(alongPerson);
        assertThat(ClaimController.order(ONE_PERSON, SourceKind.PERSON, true)).isEqualTo(alongPerson);
    }

    @Test
    void oneKindsActiveClaimsFollowTheKindIndex() {
        Sort alongKind = Sort.by("attribution.kind", "status", "id");
        assertThat(ClaimController.order(null, SourceKind.ANONYMOUS, true)).isEqualTo(alongKind);
        assertThat(ClaimController.order(AN_OUTLET, SourceKind.OUTLET, true)).isEqualTo(alongKind);
    }

    @Test
    void otherwiseTheOrderIsById() {
        assertThat(ClaimController.order(null, SourceKind.ANONYMOUS, false)).isEqualTo(Sort.by("id"));
        assertThat(ClaimController.order(ONE_PERSON, null, false)).isEqualTo(Sort.by("id"));
        assertThat(ClaimController.order(AN_OUTLET, null, true)).isEqualTo(Sort.by("id"));
        assertThat(ClaimController.order(null, null, true)).isEqualTo(Sort.by("id"));
    }
}
