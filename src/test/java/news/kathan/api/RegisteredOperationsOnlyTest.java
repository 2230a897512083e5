package news.kathan.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A locked-down deployment runs the registered operations, by hash or by text, and nothing else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "kathan.api.persisted-queries.only-registered=true")
@AutoConfigureHttpGraphQlTester
class RegisteredOperationsOnlyTest {

    @Autowired
    WebTestClient http;

    private WebTestClient.BodyContentSpec post(Map<String, Object> body) {
        return http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectBody();
    }

    @Test
    void aRegisteredOperationRunsByHashOrByText() throws IOException {
        String text = Files.readString(Path.of("graphql/operations/EventsOnDate.graphql"), StandardCharsets.UTF_8);
        post(PersistedQueriesTest.request(null, Documents.sha256(text))).jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.events").exists();
        post(Map.of("query", text)).jsonPath("$.errors").doesNotExist();
    }

    @Test
    void anythingElseIsNotAllowedAndNothingIsLearned() {
        String query = "{ people(first: 1) { nodes { name } } }";
        post(Map.of("query", query)).jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_ALLOWED")
                .jsonPath("$.data").doesNotExist();
        post(PersistedQueriesTest.request(query, Documents.sha256(query)))
                .jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_ALLOWED");
        post(PersistedQueriesTest.request(null, Documents.sha256(query)))
                .jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_ALLOWED");
    }
}
