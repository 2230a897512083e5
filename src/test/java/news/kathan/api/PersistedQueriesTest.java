package news.kathan.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Automatic persisted queries as Apollo's clients speak them: a hash alone is unknown until the client sends it
 * once with its text; the example operations are known from the start.
 */
@ApiTest
class PersistedQueriesTest {

    @Autowired
    WebTestClient http;

    static Map<String, Object> request(String query, String hash) {
        Map<String, Object> body = new HashMap<>();
        if (query != null) {
            body.put("query", query);
        }
        body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        return body;
    }

    WebTestClient.BodyContentSpec post(Map<String, Object> body) {
        return http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectBody();
    }

    @Test
    void aHashIsUnknownUntilItsQueryIsSentOnceWithIt() {
        String query = "{ people(first: 2) { nodes { name } } } # persisted " + System.nanoTime();
        String hash = Documents.sha256(query);
        post(request(null, hash)).jsonPath("$.errors[0].message").isEqualTo("PersistedQueryNotFound")
                .jsonPath("$.errors[0].extensions.code").isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        post(request(query, hash)).jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.people.nodes.length()").isEqualTo(2);
        post(request(null, hash)).jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.people.nodes.length()").isEqualTo(2);
    }

    @Test
    void aHashThatIsNotTheQuerysIsABadRequest() {
        post(request("{ __typename }", Documents.sha256("{ something else }")))
                .jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST");
        post(request("{ __typename }", "not-a-hash")).jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_REQUEST");
    }

    @Test
    void theExampleOperationsAreKnownByHashFromTheStart() throws IOException {
        String text = Files.readString(Path.of("graphql/operations/QuotesByPerson.graphql"), StandardCharsets.UTF_8);
        post(request(null, Documents.sha256(text))).jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.quotes.totalCount").value(Integer.class, count -> org.assertj.core.api.Assertions
                        .assertThat(count).isPositive());
    }
}
