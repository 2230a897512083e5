package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import news.kathan.article.ArticleRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every rule on every input, one at a time: the answer names the field and the reason with code INVALID_INPUT,
 * and nothing is stored or changed.
 */
@PartnerApiTest
class InputValidationTest {

    private static final String VALID_TEXT = IngestArticleTest.RESIGNATION.replace("Tiwari", "Wadhwa");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    WebTestClient http;

    @Autowired
    ApiKeys keys;

    @Autowired
    ArticleRepository articles;

    Partners.Writer editor;
    String quoteId;
    String personId;

    @BeforeEach
    void anArticle() {
        editor = new Partners(keys, graphQl).key(Role.EDITOR, "IANS");
        var response = editor.ingest("ians/valid-" + UUID.randomUUID(), VALID_TEXT);
        quoteId = response.path("ingestArticle.article.quotes.nodes[0].id").entity(String.class).get();
        personId = response.path("ingestArticle.article.quotes.nodes[0].speaker.id").entity(String.class).get();
    }

    static Stream<Arguments> badArticles() {
        return Stream.of(
                Arguments.of("externalId", ""),
                Arguments.of("externalId", "has spaces"),
                Arguments.of("externalId", "<script>"),
                Arguments.of("externalId", "a".repeat(201)),
                Arguments.of("text", " \n "),
                Arguments.of("text", "x".repeat(1_000_001)),
                Arguments.of("text", "Bell \u0007 in the text"),
                Arguments.of("text", "A NUL \u0000 in the text"),
                Arguments.of("text", "A noncharacter \uFFFE in the text"),
                Arguments.of("title", "t".repeat(1001)),
                Arguments.of("title", "   "),
                Arguments.of("title", "Escape \u001B[31m red"),
                Arguments.of("url", "ftp://example.org/a"),
                Arguments.of("url", "not a url"),
                Arguments.of("url", "javascript:alert(1)"),
                Arguments.of("url", "https://example.org/" + "a".repeat(2000)),
                Arguments.of("publishedOn", "2999-01-01"),
                Arguments.of("language", "fr"),
                Arguments.of("language", "hindi"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badArticles")
    void aBadArticleInputIsRefusedFieldByFieldAndStoresNothing(String field, String value) {
        Map<String, Object> input = new HashMap<>(Map.of("externalId", "ians/bad-" + UUID.randomUUID(),
                "text", VALID_TEXT));
        input.put(field, value);
        long before = articles.count();
        editor.ingest(input).errors().satisfy(errors -> assertInvalid(errors, "input." + field));
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void anUnpairedSurrogateIsNotText() {
        long before = articles.count();
        // Written as JSON by hand: a JSON library would refuse to write the lone surrogate in the first place.
        String body = """
                {"query": "mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { changed } }",
                 "variables": {"i": {"externalId": "ians/surrogate", "text": "Half a pair: \\ud800 here."}}}""";
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + editor.key()).bodyValue(body)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.errors[0].extensions.code").isEqualTo("INVALID_INPUT")
                .jsonPath("$.errors[0].extensions.field").isEqualTo("input.text");
        assertThat(articles.count()).isEqualTo(before);
    }

    @Test
    void bytesThatAreNotUtf8AreABadRequest() {
        long before = articles.count();
        byte[] head = """
                {"query": "mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { changed } }",
                 "variables": {"i": {"externalId": "ians/latin1", "text": "Caf""".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " here.\"}}}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xE9; // Latin-1 é: not UTF-8
        body[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, body, head.length + 2, tail.length);
        http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", "Bearer " + editor.key()).bodyValue(body)
                .exchange().expectStatus().is4xxClientError();
        assertThat(articles.count()).isEqualTo(before);
    }

    static Stream<Arguments> badCorrections() {
        return Stream.of(
                Arguments.of(Map.of("span", Map.of("start", 0, "end", 1_000_000)), "input.span.end"),
                Arguments.of(Map.of("span", Map.of("start", 10, "end", 10)), "input.span.end"),
                Arguments.of(Map.of("span", Map.of("start", -1, "end", 10)), "input.span.start"),
                Arguments.of(Map.of("speaker", "   "), "input.speaker"),
                Arguments.of(Map.of("speaker", "1234 !!"), "input.speaker"),
                Arguments.of(Map.of("speaker", "n".repeat(301)), "input.speaker"),
                Arguments.of(Map.of("retract", true, "reason", "r".repeat(1001)), "input.reason"),
                Arguments.of(Map.of("reason", "only a reason"), "input"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCorrections")
    void aBadCorrectionIsRefusedAndChangesNothing(Map<String, Object> change, String field) {
        Map<String, Object> input = new HashMap<>(change);
        input.put("quoteId", quoteId);
        editor.graphQl().document(AuthorizationTest.CORRECT_QUOTE).variable("input", input).execute()
                .errors().satisfy(errors -> assertInvalid(errors, field));
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Quote { revision status } } }")
                .variable("id", quoteId).execute()
                .path("node.revision").entity(Integer.class).isEqualTo(1)
                .path("node.status").entity(String.class).isEqualTo("ACTIVE");
    }

    @Test
    void anAliasNeedsLettersAndAPersonOrParty() {
        String addAlias = "mutation($input: AddAliasInput!) { addAlias(input: $input) { person { id } } }";
        editor.graphQl().document(addAlias).variable("input", Map.of("id", personId, "alias", "12 34")).execute()
                .errors().satisfy(errors -> assertInvalid(errors, "input.alias"));
        editor.graphQl().document(addAlias).variable("input", Map.of("id", quoteId, "alias", "A Name")).execute()
                .errors().satisfy(errors -> assertInvalid(errors, "input.id"));
    }

    @Test
    void aPersonIsNotMergedIntoThemselvesNorIntoAQuote() {
        String merge = "mutation($input: MergePeopleInput!) { mergePeople(input: $input) { person { id } } }";
        editor.graphQl().document(merge).variable("input", Map.of("into", personId, "merged", personId)).execute()
                .errors().satisfy(errors -> assertInvalid(errors, "input.merged"));
        editor.graphQl().document(merge).variable("input", Map.of("into", quoteId, "merged", personId)).execute()
                .errors().satisfy(errors -> assertInvalid(errors, "input.into"));
    }

    private static void assertInvalid(List<ResponseError> errors, String field) {
        assertThat(errors).as(errors.toString()).isNotEmpty().allSatisfy(error -> {
            assertThat(error.getExtensions()).containsEntry("code", "INVALID_INPUT").containsEntry("field", field)
                    .containsKey("reason");
            assertThat(error.getMessage()).startsWith(field + ": ");
        });
    }
}
