package news.kathan.api;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A request that runs past the timeout gets a TIMEOUT error, not a stack trace or a hung connection. The timeout
 * here is a millisecond, far below what a request over HTTP with SQL takes, so the request is always over it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kathan.api.timeout=1ms")
@AutoConfigureHttpGraphQlTester
class TimeoutTest {

    @Autowired
    WebTestClient http;

    @Test
    void aRequestOverTheTimeoutIsCancelledWithATimeoutError() {
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ articles(first: 20) { nodes { title body quotes(first: 20) { nodes "
                        + "{ text speaker { ... on Person { name aliases } } } } events { summary participants "
                        + "{ name } } } } }"))
                .exchange().expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("TIMEOUT")
                .jsonPath("$.errors[0].extensions.timeoutMillis").isEqualTo(1);
    }
}
