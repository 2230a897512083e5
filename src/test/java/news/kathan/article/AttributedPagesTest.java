package news.kathan.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A page of quotes or claims read with its hops in one statement (AttributedPages) answers exactly what the hops'
 * own batch loads answer: each record of the page is compared with the same record asked for through
 * {@code node(id:)}, which resolves every hop by its loader.
 */
@ApiTest
class AttributedPagesTest {

    private static final String QUOTE_FIELDS = """
            id text
            speaker { __typename ... on Person { id name } ... on Outlet { id name } ... on Party { id name }
                      ... on AnonymousSource { id description } }
            via { id name }
            originalAuthor { id name }
            article { id title publishedOn url outlet { id name } }""";

    private static final String CLAIM_FIELDS = """
            id text
            source { __typename ... on Person { id name } ... on Outlet { id name } ... on Party { id name }
                     ... on AnonymousSource { id description affiliation { id name } } }
            article { id title publishedOn url outlet { id name } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void aPageReadWithItsHopsAnswersAsTheLoadersDo() {
        List<Map<String, Object>> page = nodes("{ quotes(first: 100, filter: {includeRetracted: true}) { nodes { "
                + QUOTE_FIELDS + " } } }", "quotes.nodes");
        assertThat(page).hasSizeGreaterThan(20);
        assertThat(page).extracting(quote -> quote.get("article")).doesNotContainNull();
        assertThat(page).extracting(quote -> quote.get("via")).as("quotes an outlet reported, read with the page")
                .filteredOn(Objects::nonNull).isNotEmpty();
        for (Map<String, Object> quote : page) {
            assertThat(node((String) quote.get("id"))).isEqualTo(quote);
        }
    }

    @Test
    void aPageOfClaimsReadWithItsHopsAnswersAsTheLoadersDo() {
        List<Map<String, Object>> page = nodes("{ claims(first: 100, filter: {includeRetracted: true}) { nodes { "
                + CLAIM_FIELDS + " } } }", "claims.nodes");
        assertThat(page).hasSizeGreaterThan(20);
        assertThat(page).extracting(claim -> (Object) ((Map<?, ?>) claim.get("source")).get("__typename"))
                .as("sources of more than one kind, read with the page and loaded apart")
                .contains((Object) "Person", "AnonymousSource");
        for (Map<String, Object> claim : page) {
            assertThat(node((String) claim.get("id"), "Claim", CLAIM_FIELDS)).isEqualTo(claim);
        }
    }

    @Test
    void claimsOfOneKindOfSourceGoTheSameWay() {
        List<Map<String, Object>> page = nodes("""
                { claims(filter: {sourceKind: ANONYMOUS}, first: 20) { edges { node { %s } } } }"""
                .formatted(CLAIM_FIELDS), "claims.edges[*].node");
        assertThat(page).isNotEmpty().allSatisfy(claim ->
                assertThat(((Map<?, ?>) claim.get("source")).get("__typename")).isEqualTo("AnonymousSource"));
        for (Map<String, Object> claim : page) {
            assertThat(node((String) claim.get("id"), "Claim", CLAIM_FIELDS)).isEqualTo(claim);
        }
    }

    @Test
    void edgesAndANameFilterGoTheSameWay() {
        List<Map<String, Object>> page = nodes("""
                { quotes(filter: {speaker: "नसीमुद्दीन सिद्दीकी"}, first: 5) { edges { node { %s } } } }"""
                .formatted(QUOTE_FIELDS), "quotes.edges[*].node");
        assertThat(page).isNotEmpty();
        for (Map<String, Object> quote : page) {
            assertThat(node((String) quote.get("id"))).isEqualTo(quote);
        }
    }

    @Test
    void aSecondPageStartsAfterTheFirst() {
        String document = "query($after: String) { quotes(first: 7, after: $after) { pageInfo { endCursor } "
                + "nodes { id article { id } } } }";
        String end = graphQl.document(document).execute().path("quotes.pageInfo.endCursor").entity(String.class).get();
        List<Map<String, Object>> all = nodes("{ quotes(first: 14) { nodes { id article { id } } } }", "quotes.nodes");
        List<Map<String, Object>> second = graphQl.document(document).variable("after", end).execute().errors()
                .verify().path("quotes.nodes").entityList(mapType()).get();
        assertThat(second).isEqualTo(all.subList(7, 14));
    }

    private Map<String, Object> node(String id) {
        return node(id, "Quote", QUOTE_FIELDS);
    }

    private Map<String, Object> node(String id, String type, String fields) {
        return graphQl.document("query($id: ID!) { node(id: $id) { ... on " + type + " { " + fields + " } } }")
                .variable("id", id).execute().errors().verify().path("node").entity(mapType()).get();
    }

    private List<Map<String, Object>> nodes(String document, String path) {
        return graphQl.document(document).execute().errors().verify().path(path).entityList(mapType()).get();
    }

    @SuppressWarnings("unchecked")
    private static Class<Map<String, Object>> mapType() {
        return (Class<Map<String, Object>>) (Class<?>) Map.class;
    }
}
