package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The GraphiQL playground is served from the application itself and refers to nothing outside it. */
@ApiTest
class PlaygroundTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Autowired
    WebTestClient http;

    private byte[] get(String path) {
        return http.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build()
                .get().uri(path).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
    }

    @Test
    void thePlaygroundAndEveryAssetItLoadsAreServedLocally() {
        String html = new String(get("/graphiql"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("http://", "https://", "//unpkg", "//cdn");
        Matcher assets = ASSET.matcher(html);
        List<String> found = new java.util.ArrayList<>();
        while (assets.find()) {
            found.add(assets.group(1));
        }
        assertThat(found).contains("/webjars/graphiql/graphiql.min.js", "/webjars/react/umd/react.production.min.js");
        for (String asset : found) {
            assertThat(get(asset)).as(asset).isNotEmpty();
        }
        assertThat(new String(get("/graphiql/playground.js"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("createFetcher({ url: '/graphql' })").doesNotContain("http");
    }
}
