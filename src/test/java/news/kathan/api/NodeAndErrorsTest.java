package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@ApiTest
class NodeAndErrorsTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @ParameterizedTest
    @ValueSource(strings = {"quotes", "claims", "events", "articles", "people"})
    void everyNodeIsFoundByItsId(String connection) {
        List<String> ids = graphQl.document("{ " + connection + "(first: 3) { nodes { id } } }").execute()
                .path(connection + ".nodes[*].id").entityList(String.class).get();
        assertThat(ids).isNotEmpty();
        for (String id : ids) {
            graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute().errors().verify()
                    .path("node.id").entity(String.class).isEqualTo(id);
        }
    }

    @Test
    void aWellFormedIdOfNothingIsNullAndNotFound() {
        String missing = NodeId.encode("Quote", 987654321);
        graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", missing).execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("NOT_FOUND"))
                .path("node").valueIsNull();
    }

    @Test
    void aMalformedIdIsABadRequest() {
        graphQl.document("{ node(id: \"not-an-id\") { id } }").execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("BAD_REQUEST"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{ quotes(first: 1000) { totalCount } }",
            "{ quotes(first: -1) { totalCount } }",
            "{ quotes(after: \"bm90IGEgY3Vyc29y\") { totalCount } }",
            "{ events(filter: {on: \"2026-02-30\"}) { totalCount } }",
            "{ events(filter: {on: \"yesterday\"}) { totalCount } }",
            "{ events(filter: {kind: PARTY}) { totalCount } }",
            "{ events(filter: {from: \"2026-02-01\", to: \"2026-01-01\"}) { totalCount } }",
            "{ quotes { nodes { nonsense } } }",
            "{ quotes(filter: {speaker: 42}) { totalCount } }",
            "{ quotes { "})
    void aClientsMistakeIsOneBadRequestErrorWithoutInternals(String document) {
        graphQl.document(document).execute().errors().satisfy(errors -> {
            assertThat(codes(errors)).containsExactly("BAD_REQUEST");
            assertThat(errors).allSatisfy(e -> assertThat(e.getMessage())
                    .doesNotContain("Exception", "at news.", "at org.", "select ", "SELECT "));
        });
    }

    @Test
    void aBadNestedArgumentIsReportedAtTheNestedField() {
        graphQl.document("{ people(first: 2) { nodes { name quotes(first: 500) { totalCount } } } }").execute()
                .errors().satisfy(errors -> {
                    assertThat(codes(errors)).containsOnly("BAD_REQUEST");
                    assertThat(errors).allSatisfy(e -> assertThat(e.getParsedPath()).endsWith("quotes"));
                });
    }

    private static List<Object> codes(List<ResponseError> errors) {
        return errors.stream().map(e -> e.getExtensions().get("code")).toList();
    }
}
