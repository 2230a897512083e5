package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The HTTP around GraphQL: CORS, security headers, bad bodies, the body limit, health and metrics. */
@ApiTest
class HttpLayerTest {

    @Autowired
    WebTestClient http;

    @Autowired
    ApiLimits limits;

    @Test
    void aBrowserOnAnotherOriginMayCallTheApiWithAKey() {
        http.method(HttpMethod.OPTIONS).uri("/graphql")
                .header(HttpHeaders.ORIGIN, "https://frontend.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type, authorization")
                .exchange().expectStatus().isOk()
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
                        origin -> assertThat(origin).isIn("*", "https://frontend.example.org"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase()).contains("authorization"));
        http.post().uri("/graphql").header(HttpHeaders.ORIGIN, "https://frontend.example.org")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", "{ __typename }"))
                .exchange().expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void pagesAndAnswersCarrySecurityHeaders() {
        for (String page : new String[] {"/", "/graphiql", "/graphql/schema"}) {
            http.get().uri(page).exchange().expectStatus().isOk()
                    .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                    .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy)
                            .contains("script-src 'self';").contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void malformedJsonIsA400WithAJsonErrorBody() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\": \"{ __typ")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.errors[0].message").exists()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() {
        byte[] body = new byte[(int) limits.maxBody().toBytes() + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("LIMIT_EXCEEDED")
                .jsonPath("$.errors[0].extensions.limit").isEqualTo("bodyBytes");
    }

    @Test
    void healthReadinessAndMetricsAreExposed() {
        http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ quotes(first: 1) { nodes { text article { title } } } }")).exchange()
                .expectStatus().isOk();
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ nosuchfield }")).exchange();
        http.get().uri("/actuator/metrics/graphql.request").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.availableTags[?(@.tag == 'graphql.outcome')].values[*]")
                .value(java.util.List.class, outcomes -> assertThat(outcomes.toString()).contains("SUCCESS")
                        .contains("REQUEST_ERROR"));
        http.get().uri("/actuator/metrics/hibernate.statements").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.measurements[0].value").value(Double.class,
                        count -> assertThat(count).isPositive());
        // Batch loads are timed; single fields are not (a timer per field of every page cost more than the field).
        http.get().uri("/actuator/metrics/graphql.dataloader").exchange().expectStatus().isOk();
        http.get().uri("/actuator/metrics/graphql.datafetcher").exchange().expectStatus().isNotFound();
    }
}
