package news.kathan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's floor is only a floor if it answers what Kathan answers: for each of the three benchmarked
 * operations, the hand-written SQL gives the same JSON as the GraphQL API, value for value and in the same order,
 * on the seeded archive, for full pages and for pages that end early (where hasNextPage and the cursor matter).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "kathan.bench.floor=true")
@AutoConfigureHttpGraphQlTester
class HandWrittenFloorTest {

    @Autowired
    WebTestClient http;

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({"नसीमुद्दीन सिद्दीकी, 50", "Nasimuddin Siddiqui, 5", "Naseemuddin Siddiqui, 1", "Nobody Known, 10"})
    void quotesByPersonAreKathansAnswer(String name, int first) throws IOException {
        JsonNode kathan = graphQl("QuotesByPerson", Map.of("name", name, "first", first));
        JsonNode floor = floor("/bench/floor/quotes-by-person?name={name}&first={first}", name, first);
        assertThat(floor).isEqualTo(kathan);
        if (!name.equals("Nobody Known")) {
            assertThat(kathan.at("/data/quotes/nodes")).isNotEmpty();
        }
    }

    @Test
    void aLaterPageOfQuotesIsKathansToo() throws IOException {
        String cursor = graphQl("QuotesByPerson", Map.of("name", "Nasimuddin Siddiqui", "first", 3))
                .at("/data/quotes/pageInfo/endCursor").asString();
        JsonNode kathan = graphQl("QuotesByPerson", Map.of("name", "Nasimuddin Siddiqui", "first", 3, "after", cursor));
        assertThat(floor("/bench/floor/quotes-by-person?name={name}&first=3&after={after}", "Nasimuddin Siddiqui",
                cursor)).isEqualTo(kathan);
    }

    @ParameterizedTest
    @CsvSource({"50", "3"})
    void anonymousClaimsAreKathansAnswer(int first) throws IOException {
        JsonNode kathan = graphQl("AnonymousClaims", Map.of("first", first));
        assertThat(kathan.at("/data/claims/nodes")).isNotEmpty();
        assertThat(floor("/bench/floor/anonymous-claims?first={first}", first)).isEqualTo(kathan);
    }

    @ParameterizedTest
    @CsvSource({"2017-01-01, 2027-12-31", "2026-01-01, 2026-01-31", "1990-01-01, 1990-12-31"})
    void eventsInRangeAreKathansAnswer(String from, String to) throws IOException {
        JsonNode kathan = graphQl("EventsInRange", Map.of("from", from, "to", to));
        assertThat(floor("/bench/floor/events-in-range?from={from}&to={to}", from, to)).isEqualTo(kathan);
    }

    @Test
    void aShortPageOfEventsEndsWhereKathansDoes() throws IOException {
        // The example asks for 100; a page of 2 shows that hasNextPage and the (date, id) cursor agree.
        String document = Files.readString(Path.of("graphql/operations/EventsInRange.graphql"), StandardCharsets.UTF_8)
                .replace("first: 100", "first: 2");
        JsonNode kathan = execute(document, Map.of("from", "2017-01-01", "to", "2027-12-31"));
        assertThat(kathan.at("/data/events/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(floor("/bench/floor/events-in-range?from=2017-01-01&to=2027-12-31&first=2")).isEqualTo(kathan);
    }

    /** The engine's floor (GraphQlJavaFloor) takes Kathan's request bodies and must give Kathan's answers too. */
    @ParameterizedTest
    @CsvSource({"QuotesByPerson, name, नसीमुद्दीन सिद्दीकी", "QuotesByPerson, name, Nobody Known",
            "AnonymousClaims, first, 3", "EventsInRange, from, 2017-01-01"})
    void graphQlJavaOverTheFloorIsKathansAnswer(String operation, String variable, String value) throws IOException {
        String document = Files.readString(Path.of("graphql/operations/" + operation + ".graphql"), StandardCharsets.UTF_8);
        Map<String, Object> variables = Map.of(variable, variable.equals("first") ? Integer.parseInt(value) : value);
        JsonNode kathan = execute(document, variables);
        JsonNode engine = json.readTree(http.post().uri("/bench/floor/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", document, "variables", variables))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
        assertThat(engine).isEqualTo(kathan);
    }

    private JsonNode graphQl(String operation, Map<String, Object> variables) throws IOException {
        return execute(Files.readString(Path.of("graphql/operations/" + operation + ".graphql"),
                StandardCharsets.UTF_8), variables);
    }

    private JsonNode execute(String document, Map<String, Object> variables) {
        byte[] body = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", document, "variables", variables))
                .exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
        JsonNode answer = json.readTree(body);
        assertThat(answer.has("errors")).as("errors in %s", answer).isFalse();
        return json.createObjectNode().set("data", answer.get("data"));
    }

    private JsonNode floor(String uri, Object... variables) {
        return json.readTree(http.get().uri(uri, variables).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody());
    }
}
