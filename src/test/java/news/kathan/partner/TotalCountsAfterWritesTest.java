package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Totals are remembered between requests (api/TotalCounts), yet every write shows in them at once: an ingested
 * article adds its quote and its event to the totals a moment ago counted without it, and a retraction takes it away again.
 */
@PartnerApiTest
class TotalCountsAfterWritesTest {

    private static final String QUOTES_BY = """
            query($name: String!) { found: quotes(filter: {speaker: $name}) { totalCount } }""";
    private static final String EVENTS_OF = """
            query($name: String!) { found: events(filter: {participant: $name}) { totalCount } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiKeys keys;

    Partners.Writer ians;
    Partners.Writer editor;
    String surname;

    @BeforeEach
    void keys() {
        Partners partners = new Partners(keys, graphQl);
        ians = partners.key(Role.PARTNER, "IANS");
        editor = partners.key(Role.EDITOR, "IANS");
        surname = CorrectionsTest.uniqueSurname();
    }

    private int total(String document) {
        return graphQl.document(document).variable("name", "Ramesh Chandra " + surname).execute().errors().verify()
                .path("found.totalCount")
                .entity(Integer.class).get();
    }

    @Test
    void anIngestedArticleCountsInTotalsRememberedBeforeIt() {
        // asked twice, so that the total is remembered before the write
        for (int asked = 0; asked < 2; asked++) {
            assertThat(total(QUOTES_BY)).isZero();
            assertThat(total(EVENTS_OF)).isZero();
        }

        ians.ingest("ians/totals-" + UUID.randomUUID(), IngestArticleTest.RESIGNATION.replace("Tiwari", surname))
                .errors().verify();

        assertThat(total(QUOTES_BY)).isEqualTo(1);
        assertThat(total(EVENTS_OF)).isPositive();
    }

    @Test
    void aRetractedQuoteLeavesTheTotalItWasCountedIn() {
        String quoteId = ians.ingest("ians/totals-" + UUID.randomUUID(),
                        IngestArticleTest.RESIGNATION.replace("Tiwari", surname))
                .path("ingestArticle.article.quotes.nodes[0].id").entity(String.class).get();
        assertThat(total(QUOTES_BY)).isEqualTo(1);
        assertThat(total(QUOTES_BY)).isEqualTo(1);

        editor.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "retract", true)).execute().errors().verify();

        assertThat(total(QUOTES_BY)).isZero();
    }
}
