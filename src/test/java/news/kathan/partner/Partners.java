package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Keys and clients for the tests: a partner of an outlet, or an editor, each with a key of its own. */
final class Partners {

    static final String INGEST = """
            mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { changed article {
              id version title language publishedOn updatedAt outlet { name }
              quotes(first: 50) { totalCount nodes { id text status revision span { start end }
                speaker { __typename ... on Person { id name } } } }
              claims(first: 50) { totalCount nodes { id text source { __typename
                ... on Person { name } ... on AnonymousSource { description } } } }
              events { kind date participants { name } } } } }""";

    private final ApiKeys keys;
    private final HttpGraphQlTester anonymous;

    Partners(ApiKeys keys, HttpGraphQlTester anonymous) {
        this.keys = keys;
        this.anonymous = anonymous;
    }

    /** A client with a new key of the given role for the outlet of that name. */
    Writer key(Role role, String outlet) {
        ApiKeys.Created created = keys.create(role.name().toLowerCase() + "-" + UUID.randomUUID(), outlet, role, false);
        return new Writer(created.name(), created.key(),
                anonymous.mutate().header("Authorization", "Bearer " + created.key()).build());
    }

    record Writer(String name, String key, HttpGraphQlTester graphQl) {

        GraphQlTester.Response ingest(String externalId, String text) {
            return ingest(Map.of("externalId", externalId, "text", text));
        }

        GraphQlTester.Response ingest(Map<String, Object> input) {
            return graphQl.document(INGEST).variable("input", input).execute();
        }
    }

    static List<Object> codes(List<ResponseError> errors) {
        return errors.stream().map(e -> e.getExtensions().get("code")).toList();
    }

    static void assertOnlyCode(List<ResponseError> errors, String code) {
        assertThat(codes(errors)).as(errors.toString()).containsOnly(code).isNotEmpty();
    }
}
