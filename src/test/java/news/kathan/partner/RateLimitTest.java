package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.kathan.article.ArticleRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Writes are limited per key: a bucket of three writes refilled at one a minute, so the fourth write in a row is
 * refused. Every write answer tells the partner its budget (RateLimit-* headers and extensions.rateLimit), and a
 * refused one says when to come back. Its own context, so that the small budget applies to no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kathan.partners.rate-limit.capacity=3", "kathan.partners.rate-limit.per-minute=1"})
@AutoConfigureHttpGraphQlTester
class RateLimitTest {

    @Autowired
    WebTestClient http;

    @Autowired
    ApiKeys keys;

    @Autowired
    ArticleRepository articles;

    @Test
    void theWriteAfterTheBudgetIsRefusedAndStoresNothingWhileOtherKeysAndReadsGoOn() {
        String key = keys.create("rate-" + UUID.randomUUID(), "IANS", Role.PARTNER, false).key();
        for (long remaining : List.of(2L, 1L, 0L)) {
            write(key, "ians/rate-" + remaining)
                    .expectHeader().valueEquals("RateLimit-Limit", "3")
                    .expectHeader().valueEquals("RateLimit-Remaining", String.valueOf(remaining))
                    .expectHeader().value("RateLimit-Reset", reset -> assertThat(Long.parseLong(reset)).isPositive())
                    .expectBody()
                    .jsonPath("$.errors").doesNotExist()
                    .jsonPath("$.extensions.rateLimit.limit").isEqualTo(3)
                    .jsonPath("$.extensions.rateLimit.remaining").isEqualTo((int) remaining);
        }
        long stored = articles.count();

        write(key, "ians/rate-over").expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("RATE_LIMITED")
                .jsonPath("$.errors[0].extensions.retryAfterSeconds").value(Integer.class,
                        seconds -> assertThat(seconds).isBetween(1, 60));
        assertThat(articles.count()).isEqualTo(stored);

        String otherKey = keys.create("rate-other-" + UUID.randomUUID(), "IANS", Role.PARTNER, false).key();
        write(otherKey, "ians/rate-other").expectHeader().valueEquals("RateLimit-Remaining", "2");
        graphQl("{ articles(first: 1) { totalCount } }", null, Map.of()).expectStatus().isOk()
                .expectHeader().doesNotExist("RateLimit-Limit")
                .expectBody().jsonPath("$.data.articles.totalCount").isEqualTo((int) stored + 1);
    }

    private WebTestClient.ResponseSpec write(String key, String externalId) {
        return graphQl("mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { changed } }", key,
                Map.of("i", Map.of("externalId", externalId, "text", IngestArticleTest.RESIGNATION
                        .replace("Tiwari", CorrectionsTest.uniqueSurname()))));
    }

    private WebTestClient.ResponseSpec graphQl(String document, String key, Map<String, Object> variables) {
        WebTestClient.RequestBodySpec request = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Authorization", "Bearer " + key);
        }
        return request.bodyValue(Map.of("query", document, "variables", variables)).exchange();
    }
}
