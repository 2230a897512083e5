package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.kathan.api.ErrorCode;
import news.kathan.article.ArticleRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Hundreds of hostile requests, generated: malformed JSON, wrong types, deep nesting, alias and fragment bombs,
 * cyclic fragments, huge strings and lists, invalid dates, ids and cursors, unknown enums, injection attempts in
 * every filter, oversized articles. Each must get a 4xx or GraphQL errors with a stable code, never a 5xx or a
 * stack trace, store nothing, and leave the server answering the next normal request exactly as before.
 */
@PartnerApiTest
class HostileRequestsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(Enum::name)
            .filter(code -> !code.equals(ErrorCode.INTERNAL_ERROR.name())).collect(Collectors.toSet());
    private static final String NORMAL = "{ quotes(filter: {speaker: \"नसीमुद्दीन सिद्दीकी\"}) { totalCount } }";

    /** One hostile request: its body as bytes, its content type, and whether it carries an editor's key. */
    record Hostile(byte[] body, String contentType, boolean withKey) {
        static Hostile json(String body) {
            return new Hostile(body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_VALUE, false);
        }

        static Hostile query(String query) {
            return query(query, Map.of(), false);
        }

        static Hostile query(String query, Map<String, Object> variables, boolean withKey) {
            try {
                return new Hostile(JSON.writeValueAsBytes(Map.of("query", query, "variables", variables)),
                        MediaType.APPLICATION_JSON_VALUE, withKey);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Autowired
    WebTestClient http;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiKeys keys;

    @Autowired
    ArticleRepository articles;

    String editorKey;
    int normalAnswer;

    @BeforeEach
    void baseline() {
        editorKey = new Partners(keys, graphQl).key(Role.EDITOR, "IANS").key();
        normalAnswer = graphQl.document(NORMAL).execute().path("quotes.totalCount").entity(Integer.class).get();
        assertThat(normalAnswer).isPositive();
    }

    static Stream<Named<Hostile>> hostileRequests() {
        List<Named<Hostile>> cases = new ArrayList<>();
        // Malformed JSON and wrong types for query, variables, operationName and extensions.
        for (String body : List.of("", "{", "[]", "null", "\"{ __typename }\"", "123", "{\"query\": 1}",
                "{\"query\": null}", "{\"query\": []}", "{\"query\": {}}", "{\"query\": true}",
                "{\"query\": \"{ __typename }\", \"variables\": \"x\"}",
                "{\"query\": \"{ __typename }\", \"variables\": [1, 2]}",
                "{\"query\": \"{ __typename }\", \"variables\": 7}",
                "{\"query\": \"{ __typename }\", \"operationName\": 5}",
                "{\"query\": \"{ __typename }\", \"operationName\": []}",
                "{\"query\": \"{ __typename }\", \"operationName\": \"Missing\"}",
                "{\"query\": \"{ __typename }\", \"extensions\": \"x\"}",
                "{\"query\": \"{ __typename }\"} trailing", "{\"query\": \"{ __typename }\",}",
                "{'query': '{ __typename }'}", "{\"query\": \"{ __typename }\" /* comment */}",
                "{\"query\": \"\\u12\"}", "{\"query\": \"\\x41\"}", "{\"query\": \"{ __typename }\u0000\"}",
                "{\"query\": \"\"}", "{\"query\": \"   \"}", "{\"query\": \"# only a comment\"}",
                "{\"query\": \"query A { __typename } query B { __typename }\"}",
                "{\"query\": \"mutation { __typename }\", \"variables\": {\"input\": {\"deep\": "
                        + "[".repeat(5000) + "]".repeat(5000) + "}}}",
                "[".repeat(100_000) + "]".repeat(100_000),
                "{\"query\": \"{ quotes(first: " + "9".repeat(400) + ") { totalCount } }\"}")) {
            cases.add(Named.of("json " + abbreviate(body), Hostile.json(body)));
        }
        cases.add(Named.of("not UTF-8", new Hostile(new byte[] {'{', '"', 'q', (byte) 0xC3, (byte) 0x28, '"', '}'},
                MediaType.APPLICATION_JSON_VALUE, false)));
        cases.add(Named.of("byte order mark", new Hostile(("\uFEFF{\"query\": \"{ __typename \"}")
                .getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_VALUE, false)));
        cases.add(Named.of("text/plain", new Hostile("{ __typename }".getBytes(StandardCharsets.UTF_8),
                MediaType.TEXT_PLAIN_VALUE, false)));
        cases.add(Named.of("a form", new Hostile("query=%7B__typename%7D".getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_FORM_URLENCODED_VALUE, false)));
        cases.add(Named.of("xml", new Hostile("<query/>".getBytes(StandardCharsets.UTF_8),
                MediaType.APPLICATION_XML_VALUE, false)));
        // Syntax errors.
        for (String query : List.of("{", "}", "{ quotes { nodes { text }", "query ( { }", "{ ... }",
                "{ quotes(first: ) { totalCount } }", "{ \"string\" }", "{ quotes(filter: {speaker: \"x}) { totalCount } }",
                "fragment F on Query { __typename }", "subscription { articleIngested { id } } { __typename }")) {
            cases.add(Named.of("syntax " + query, Hostile.query(query)));
        }
        // Deep nesting, alias bombs, fragment bombs and cycles.
        for (int depth : new int[] {16, 20, 40, 100, 400}) {
            cases.add(Named.of("depth " + depth, Hostile.query("{ __schema { types { " + "ofType { ".repeat(depth)
                    + "name" + " }".repeat(depth) + " } } }")));
        }
        for (int aliases : new int[] {31, 100, 1000}) {
            StringBuilder query = new StringBuilder("{");
            for (int i = 0; i < aliases; i++) {
                query.append(" a").append(i).append(": quotes(first: 100) { nodes { text } }");
            }
            cases.add(Named.of(aliases + " aliases", Hostile.query(query + " }")));
        }
        for (int levels : new int[] {12, 20, 30, 60}) {
            StringBuilder query = new StringBuilder("{ ...F" + levels + " }\nfragment F0 on Query { quotes { totalCount } }\n");
            for (int i = 1; i <= levels; i++) {
                query.append("fragment F").append(i).append(" on Query { ...F").append(i - 1)
                        .append(" ...F").append(i - 1).append(" }\n");
            }
            cases.add(Named.of("fragment bomb " + levels, Hostile.query(query.toString())));
        }
        cases.add(Named.of("cyclic fragments", Hostile.query(
                "{ ...A }\nfragment A on Query { ...B }\nfragment B on Query { ...A }")));
        cases.add(Named.of("self-spreading fragment", Hostile.query("{ ...A }\nfragment A on Query { ...A }")));
        cases.add(Named.of("expensive pages", Hostile.query(
                "{ articles(first: 100) { nodes { quotes(first: 100) { nodes { text } } } } }")));
        // Huge strings and lists, and out-of-range numbers.
        cases.add(Named.of("huge speaker", Hostile.query("query($s: String!) { quotes(filter: {speaker: $s}) "
                + "{ totalCount } }", Map.of("s", "स".repeat(200_000)), false)));
        cases.add(Named.of("huge variables list", Hostile.query("query($s: String!) { person(name: $s) { id } }",
                Map.of("s", List.of(new int[50_000])), false)));
        for (String first : List.of("-1", "101", "1000000000", "2147483648", "1.5", "\"10\"", "null")) {
            cases.add(Named.of("first: " + first, Hostile.query("{ quotes(first: " + first + ") { totalCount } }")));
        }
        // Invalid dates, ids, cursors and enums.
        for (String date : List.of("2026-13-01", "2026-02-30", "yesterday", "", "26-01-24", "2026-1-24",
                "+2026-01-24", "2026-01-24T00:00:00Z", "９９９９-01-01", "0000-00-00")) {
            cases.add(Named.of("date " + date, Hostile.query("query($d: Date) { events(filter: {on: $d}) { totalCount } }",
                    Map.of("d", date), false)));
        }
        for (String id : List.of("garbage", "", "UXVvdGU6LTE=", "UXVvdGU6OTk5OTk5OTk5OTk5OTk5OTk5OTk=", "Tm9wZTox",
                "%%%", "0", "-1", "' OR 1=1 --", "Quote:1")) {
            cases.add(Named.of("id " + id, Hostile.query("query($id: ID!) { node(id: $id) { id } }",
                    Map.of("id", id), false)));
            cases.add(Named.of("cursor " + id, Hostile.query("query($c: String) { quotes(after: $c) { totalCount } }",
                    Map.of("c", id), false)));
        }
        for (String kind : List.of("NOPE", "resignation", "", "RESIGNATION OR 1=1")) {
            cases.add(Named.of("enum " + kind, Hostile.query("query($k: EventKind) { events(filter: {kind: $k}) "
                    + "{ totalCount } }", Map.of("k", kind), false)));
        }
        cases.add(Named.of("enum literal", Hostile.query("{ events(filter: {kind: NOPE}) { totalCount } }")));
        // Injection attempts in every filter that takes text.
        List<String> payloads = List.of("' OR '1'='1", "\"; DROP TABLE article; --", "%", "_", "\\", "%' --",
                ".*", "(a+)+$", "[", "\u0000", "\u001b[31m", "\ud800", "<script>alert(1)</script>", "${jndi:ldap://x}");
        List<String> filters = List.of(
                "quotes(filter: {speaker: $v}) { totalCount }", "quotes(filter: {text: $v}) { totalCount }",
                "quotes(filter: {outlet: $v}) { totalCount }", "quotes(filter: {language: $v}) { totalCount }",
                "claims(filter: {source: $v}) { totalCount }", "claims(filter: {text: $v}) { totalCount }",
                "articles(filter: {outlet: $v}) { totalCount }", "articles(filter: {person: $v}) { totalCount }",
                "people(filter: {name: $v}) { totalCount }", "events(filter: {participant: $v}) { totalCount }",
                "person(name: $v) { id }", "party(name: $v) { id }", "outlet(name: $v) { id }");
        for (String filter : filters) {
            for (String payload : payloads) {
                cases.add(Named.of("injection " + filter.substring(0, filter.indexOf(')') + 1) + " " + abbreviate(payload),
                        Hostile.query("query($v: String!) { " + filter + " }", Map.of("v", payload), false)));
            }
        }
        // Writes: oversized, malformed and hostile articles, with a valid key.
        String ingest = "mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { changed } }";
        for (Map<String, Object> input : List.<Map<String, Object>>of(
                Map.of("externalId", "x/1", "text", "a".repeat(1_000_001)),
                Map.of("externalId", "x/1", "text", "स".repeat(1_000_001)),
                Map.of("externalId", "x".repeat(10_000), "text", "Words."),
                Map.of("externalId", "x/1' OR '1'='1", "text", "Words."),
                Map.of("externalId", "x/1", "text", "Words.\u0000"),
                Map.of("externalId", "x/1", "text", "Words.", "url", "javascript:alert(1)"),
                Map.of("externalId", "x/1", "text", "Words.", "publishedOn", "2999-01-01"),
                Map.of("externalId", "x/1", "text", "Words.", "language", "klingon"),
                Map.of("externalId", "x/1", "text", List.of("Words.")),
                Map.of("externalId", 42, "text", "Words."))) {
            cases.add(Named.of("ingest " + abbreviate(input.toString()), Hostile.query(ingest, Map.of("i", input), true)));
        }
        byte[] huge = new byte[9 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        cases.add(Named.of("a 9 MB body", new Hostile(huge, MediaType.APPLICATION_JSON_VALUE, true)));
        return cases.stream();
    }

    @Test
    void thereAreAtLeastTwoHundred() {
        assertThat(hostileRequests().count()).isGreaterThanOrEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    void aHostileRequestIsRefusedCleanlyAndChangesNothing(Hostile hostile) throws Exception {
        long stored = articles.count();
        WebTestClient.RequestBodySpec request = http.post().uri("/graphql")
                .contentType(MediaType.parseMediaType(hostile.contentType()));
        if (hostile.withKey()) {
            request = request.header("Authorization", "Bearer " + editorKey);
        }
        EntityExchangeResult<byte[]> result = request.bodyValue(hostile.body()).exchange()
                .expectBody().returnResult();
        int status = result.getStatus().value();
        String body = result.getResponseBody() == null ? "" : new String(result.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(status).as(body).isLessThan(500);
        assertThat(body).doesNotContain("Exception", "\tat ", "org.hibernate", "java.lang", "SQL", "select ");
        if (status == 200) {
            JsonNode json = JSON.readTree(body);
            if (json.has("errors")) {
                for (JsonNode error : json.get("errors")) {
                    assertThat(error.path("extensions").path("code").asText()).as(body).isIn(CODES);
                }
            } else {
                // Answered without errors: only reads, and a text filter that matches literally.
                assertThat(hostile.withKey()).as(body).isFalse();
            }
        } else {
            assertThat(status).as(body).isBetween(400, 499);
        }
        assertThat(articles.count()).isEqualTo(stored);
        graphQl.document(NORMAL).execute().path("quotes.totalCount").entity(Integer.class).isEqualTo(normalAnswer);
    }

    @Test
    void likeWildcardsMatchThemselvesOnly() {
        int all = graphQl.document("{ quotes { totalCount } }").execute().path("quotes.totalCount")
                .entity(Integer.class).get();
        for (String wildcard : List.of("%", "_", "%%", "_%_")) {
            graphQl.document("query($t: String!) { quotes(filter: {text: $t}) { totalCount } }")
                    .variable("t", wildcard).execute().path("quotes.totalCount").entity(Integer.class)
                    .satisfies(count -> assertThat(count).isLessThan(all));
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "… (" + text.length() + ")";
    }
}
