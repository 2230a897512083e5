package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import java.util.List;
import java.util.Map;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Each limit of ApiLimits refuses a request just over it, says which limit and by how much, and lets one at it
 * pass; answered requests report their cost. The limits are the defaults a deployment gets.
 */
@ApiTest
class LimitsTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiLimits limits;

    private static void assertLimit(List<ResponseError> errors, String limit, long max) {
        assertThat(errors).as(errors.toString()).hasSize(1);
        Map<String, Object> extensions = errors.get(0).getExtensions();
        assertThat(extensions).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", limit);
        assertThat(((Number) extensions.get("max")).longValue()).isEqualTo(max);
        assertThat(((Number) extensions.get("actual")).longValue()).isGreaterThan(max);
        assertThat(errors.get(0).getMessage()).contains("over it by "
                + (((Number) extensions.get("actual")).longValue() - max));
    }

    /** quotes → nodes → article → quotes …, ending in a scalar: a query exactly {@code depth} fields deep. */
    private static String nested(int depth) {
        String[] cycle = {"quotes(first: 1)", "nodes", "article"};
        String[] leafAfter = {"totalCount", "text", "title"}; // after quotes (a connection), nodes (a Quote), article
        StringBuilder query = new StringBuilder("{");
        for (int level = 0; level < depth - 1; level++) {
            query.append(' ').append(cycle[level % 3]).append(" {");
        }
        query.append(' ').append(depth == 1 ? "__typename" : leafAfter[(depth - 2) % 3]);
        query.append(" }".repeat(depth));
        return query.toString();
    }

    @Test
    void depthIsLimited() {
        graphQl.document(nested(limits.maxDepth())).execute().errors().verify();
        graphQl.document(nested(limits.maxDepth() + 1)).execute().errors()
                .satisfy(errors -> assertLimit(errors, "depth", limits.maxDepth()));
    }

    @Test
    void costIsLimitedAndReported() {
        graphQl.document("{ articles(first: 100) { nodes { title quotes(first: 100) { nodes { text speaker "
                        + "{ ... on Person { name } } } } } } }").execute()
                .errors().satisfy(errors -> assertLimit(errors, "cost", limits.maxCost()));
        // 1 (quotes) + 1 (totalCount) + first x (what one node costs): ten times the page, ten times the nodes.
        long small = cost("{ quotes(first: 5) { totalCount nodes { text speaker { __typename } } } }");
        long large = cost("{ quotes(first: 50) { totalCount nodes { text speaker { __typename } } } }");
        assertThat(small).isPositive();
        assertThat(large - 2).isEqualTo((small - 2) * 10);
    }

    private long cost(String query) {
        return graphQl.document(query).execute().errors().verify().path("$.extensions.cost.requested")
                .entity(Long.class).get();
    }

    @Test
    void aliasesAreLimited() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i <= limits.maxAliases(); i++) {
            query.append(" a").append(i).append(": __typename");
        }
        graphQl.document(query + " }").execute().errors()
                .satisfy(errors -> assertLimit(errors, "aliases", limits.maxAliases()));
    }

    @Test
    void aFragmentBombIsRefusedBeforeAnythingExpandsIt() {
        StringBuilder query = new StringBuilder("{ ...F30 }\nfragment F0 on Query { __typename }\n");
        for (int i = 1; i <= 30; i++) {
            query.append("fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F")
                    .append(i - 1).append(" }\n");
        }
        // 2^30 fields once expanded: counted per fragment, refused at once.
        graphQl.document(query.toString()).execute().errors()
                .satisfy(errors -> assertLimit(errors, "fields", limits.maxFields()));
    }

    @Test
    void theDocumentSizeAndTokenCountAreLimited() {
        String padded = "{ __typename }\n#" + "x".repeat(limits.maxDocumentCharacters());
        graphQl.document(padded).execute().errors()
                .satisfy(errors -> assertLimit(errors, "documentCharacters", limits.maxDocumentCharacters()));
        graphQl.document("{" + " a".repeat(limits.maxTokens()) + " }").execute().errors()
                .satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_REQUEST");
                    assertThat(errors.get(0).getMessage()).contains("tokens");
                });
    }

    @Test
    void introspectionIsOnAndLimitedLikeAnyQuery() {
        graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY).execute().errors().verify()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query")
                .path("$.extensions.cost.requested").hasValue();
        String deep = "{ __schema { types { " + "ofType { ".repeat(limits.maxDepth()) + "name"
                + " }".repeat(limits.maxDepth()) + " } } }";
        graphQl.document(deep).execute().errors()
                .satisfy(errors -> assertLimit(errors, "depth", limits.maxDepth()));
    }
}
