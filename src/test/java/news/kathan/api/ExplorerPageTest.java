package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The explorer at / is served from the jar with everything it loads: its modules, styles and fonts. It refers
 * to nothing outside the application, and talks to the archive only through /graphql. (What it shows is tested
 * in a real browser: src/test/js/browser.)
 */
@ApiTest
class ExplorerPageTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"");
    private static final Pattern IMPORT = Pattern.compile("from '([^']+)'");
    private static final Pattern CSS_URL = Pattern.compile("url\\(([^)]+)\\)");

    @Autowired
    WebTestClient http;

    private String get(String path) {
        byte[] body = http.get().uri(path).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBody();
        assertThat(body).as(path).isNotEmpty();
        return new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void theExplorerAndEverythingItLoadsAreServedFromTheJar() {
        String html = get("/");
        assertThat(html).contains("<script type=\"module\" src=\"/explorer/app.js\">")
                .doesNotContain("http://", "https://", "//cdn", "//unpkg");

        Set<String> assets = new LinkedHashSet<>();
        Matcher found = ASSET.matcher(html);
        while (found.find()) {
            assets.add(found.group(1));
        }
        assertThat(assets).contains("/explorer/app.js", "/explorer/style.css", "/fonts/fonts.css");

        Deque<String> modules = new ArrayDeque<>();
        for (String asset : assets) {
            String content = get(asset);
            if (asset.endsWith(".js")) {
                modules.add(asset);
            } else if (asset.endsWith(".css")) {
                Matcher urls = CSS_URL.matcher(content);
                while (urls.find()) {
                    String url = urls.group(1).replaceAll("[\"']", "");
                    assertThat(url).as("a url in " + asset).doesNotContain("//");
                    get(asset.substring(0, asset.lastIndexOf('/') + 1) + url);
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        while (!modules.isEmpty()) {
            String module = modules.pop();
            if (!seen.add(module)) {
                continue;
            }
            String code = get(module);
            assertThat(code).as(module).doesNotContain("https://", "fetch('http", "fetch(`http");
            Matcher imports = IMPORT.matcher(code);
            while (imports.find()) {
                assertThat(imports.group(1)).as("an import of " + module).startsWith("./");
                modules.add(module.substring(0, module.lastIndexOf('/') + 1) + imports.group(1).substring(2));
            }
        }
        assertThat(seen).contains("/explorer/app.js", "/explorer/graphql.js", "/explorer/text.js",
                "/explorer/timeline.js");
        assertThat(get("/explorer/graphql.js")).contains("fetch('/graphql'");
    }
}
