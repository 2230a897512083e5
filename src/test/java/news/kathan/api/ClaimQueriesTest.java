package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@ApiTest
class ClaimQueriesTest {

    private static final String CLAIMS = """
            query($source: String, $kind: SourceKind) {
              claims(filter: {source: $source, sourceKind: $kind}, first: 100) {
                totalCount
                nodes {
                  text
                  source {
                    __typename
                    ... on Person { name }
                    ... on AnonymousSource { description affiliation { abbreviation } }
                  }
                }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> sources(String source, String kind) {
        return graphQl.document(CLAIMS).variable("source", source).variable("kind", kind).execute().errors().verify()
                .path("claims.nodes[*].source").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
    }

    @Test
    void claimsOfAnAnonymousSourceAreFoundByItsDescription() {
        List<Map<String, Object>> sources = sources("highly-placed sources", null);
        assertThat(sources).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(s -> assertThat(s.get("__typename")).isEqualTo("AnonymousSource"))
                .allSatisfy(s -> assertThat(((String) s.get("description")).toLowerCase()).contains("highly-placed sources"));
    }

    @Test
    void anAnonymousSourceKeepsThePartyItBelongsTo() {
        List<Map<String, Object>> sources = sources(null, "ANONYMOUS");
        assertThat(sources).isNotEmpty().allSatisfy(s -> assertThat(s.get("__typename")).isEqualTo("AnonymousSource"));
        assertThat(sources).anySatisfy(s -> {
            assertThat((String) s.get("description")).contains("BSP");
            assertThat(s.get("affiliation")).isEqualTo(Map.of("abbreviation", "BSP"));
        });
    }

    @Test
    void claimsOfANamedPersonAreFoundInEitherScript() {
        List<Map<String, Object>> latin = sources("Naseemuddin Siddiqui", null);
        assertThat(latin).hasSizeGreaterThanOrEqualTo(5).allSatisfy(s -> assertThat(s.get("name")).isEqualTo("Naseemuddin Siddiqui"));
        assertThat(sources("नसीमुद्दीन सिद्दीकी", null)).hasSameSizeAs(latin);
    }

    @Test
    void theKindFilterKeepsOneKindOfSource() {
        assertThat(sources(null, "PERSON")).isNotEmpty().allSatisfy(s -> assertThat(s.get("__typename")).isEqualTo("Person"));
    }
}
