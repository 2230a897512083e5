package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import news.kathan.article.ArticleFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Flux;

/**
 * What changed, without polling: {@code articles(filter: {updatedSince})} for a client catching up, and the
 * {@code articleIngested} subscription over the graphql-ws protocol for one that listens.
 */
@PartnerApiTest
class ArticleChangesTest {

    private static final String SINCE = """
            query($since: DateTime!) { articles(filter: {updatedSince: $since}, first: 100) {
              nodes { id updatedAt } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiKeys keys;

    @Autowired
    ArticleFeed feed;

    @LocalServerPort
    int port;

    Partners.Writer ians;

    @BeforeEach
    void keys() {
        ians = new Partners(keys, graphQl).key(Role.PARTNER, "IANS");
    }

    @Test
    void updatedSinceGivesWhatWasStoredOrCorrectedFromThatInstantOn() {
        var first = ians.ingest("ians/changes-a-" + UUID.randomUUID(),
                IngestArticleTest.RESIGNATION.replace("Tiwari", CorrectionsTest.uniqueSurname()));
        String firstId = first.path("ingestArticle.article.id").entity(String.class).get();
        String firstQuote = first.path("ingestArticle.article.quotes.nodes[0].id").entity(String.class).get();
        var second = ians.ingest("ians/changes-b-" + UUID.randomUUID(),
                IngestArticleTest.RESIGNATION.replace("Tiwari", CorrectionsTest.uniqueSurname()));
        String secondId = second.path("ingestArticle.article.id").entity(String.class).get();
        String since = second.path("ingestArticle.article.updatedAt").entity(String.class).get();

        graphQl.document(SINCE).variable("since", since).execute()
                .path("articles.nodes[*].id").entityList(String.class).contains(secondId).doesNotContain(firstId)
                .path("articles.nodes[*].updatedAt").entityList(String.class)
                .satisfies(times -> assertThat(times).allSatisfy(at ->
                        assertThat(Instant.parse(at)).isAfterOrEqualTo(Instant.parse(since))));

        ians.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", firstQuote, "retract", true)).execute()
                .path("correctQuote.quote.status").entity(String.class).isEqualTo("RETRACTED");
        graphQl.document(SINCE).variable("since", since).execute()
                .path("articles.nodes[*].id").entityList(String.class).contains(firstId, secondId);
    }

    @Test
    void aTimeWithoutAnOffsetIsABadRequest() {
        graphQl.document(SINCE).variable("since", "2026-01-24T10:00:00").execute().errors()
                .satisfy(errors -> Partners.assertOnlyCode(errors, "BAD_REQUEST"));
    }

    @Test
    void aSubscriberOverGraphqlWsReceivesAnIngestedArticleWithItsRecords() throws Exception {
        WebSocketGraphQlTester subscriber = WebSocketGraphQlTester
                .builder("ws://localhost:" + port + "/graphql", new StandardWebSocketClient()).build();
        String externalId = "ians/live-" + UUID.randomUUID();
        String surname = CorrectionsTest.uniqueSurname();
        int listening = feed.subscribers();
        Flux<String> speakers = subscriber.document("""
                        subscription { articleIngested { sourceName outlet { name }
                          quotes { nodes { speaker { ... on Person { name } } } } } }""")
                .executeSubscription()
                .toFlux()
                .filter(response -> externalId.equals(response.path("articleIngested.sourceName")
                        .entity(String.class).get()))
                .map(response -> {
                    response.path("articleIngested.outlet.name").entity(String.class).isEqualTo("Indo-Asian News Service");
                    return response.path("articleIngested.quotes.nodes[0].speaker.name").entity(String.class).get();
                });

        CompletableFuture<String> first = speakers.next().toFuture();
        // The server has no history to replay: write only once the subscription is in place.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (feed.subscribers() <= listening && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        ians.ingest(externalId, IngestArticleTest.RESIGNATION.replace("Tiwari", surname));
        assertThat(first.get(20, TimeUnit.SECONDS)).endsWith(surname);
        subscriber.stop().block(Duration.ofSeconds(5));
    }
}
