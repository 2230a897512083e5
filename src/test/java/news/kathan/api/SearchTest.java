package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Query.search over the seeded archive: words in either script, ranking, pages and the limits of a query. */
@ApiTest
class SearchTest {

    private static final String SEARCH = """
            query($query: String!, $first: Int, $after: String) {
              search(query: $query, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { score matchedTerms record { __typename
                  ... on Article { id title body language }
                  ... on Quote { id text language status }
                  ... on Claim { id text language status } } }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    private GraphQlTester.Response search(String query, int first, String after) {
        return graphQl.document(SEARCH).variable("query", query).variable("first", first).variable("after", after)
                .execute();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> results(String query) {
        return search(query, 100, null).errors().verify().path("search.nodes").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
    }

    @Test
    void aHindiWordFindsTheHindiQuotesAndArticlesThatUseIt() {
        List<Map<String, Object>> found = results("कानपुर");
        assertThat(found).extracting(SearchTest::type).contains("Article", "Quote");
        assertThat(found).allSatisfy(result -> {
            assertThat(record(result).get("language")).isEqualTo("hi");
            assertThat(words(result)).contains("कानपुर");
        });
    }

    @Test
    void aHindiWordTypedWithOrWithoutANuktaFindsTheSame() {
        List<Object> plain = ids(results("इस्तीफा"));
        assertThat(plain).isNotEmpty();
        assertThat(ids(results("इस्तीफ़ा"))).isEqualTo(plain);
        assertThat(results("इस्तीफा")).allSatisfy(result -> assertThat(words(result)).containsPattern("इस्तीफ\u093C?ा"));
    }

    @Test
    void anEnglishWordFindsEnglishQuotesAndClaimsWhateverItsCase() {
        List<Map<String, Object>> found = results("grassroots");
        assertThat(found).extracting(SearchTest::type).contains("Quote", "Claim");
        assertThat(found).filteredOn(result -> !type(result).equals("Article")).allSatisfy(result -> {
            assertThat(record(result).get("language")).isEqualTo("en");
            assertThat(words(result).toLowerCase()).contains("grassroots");
        });
        assertThat(ids(results("GRASSROOTS"))).isEqualTo(ids(found));
        assertThat(ids(results("GrassRoots"))).isEqualTo(ids(found));
    }

    @Test
    void aWordInLatinLettersFindsItInDevanagariToo() {
        List<Map<String, Object>> found = results("Kanpur");
        assertThat(found).filteredOn(result -> type(result).equals("Quote"))
                .isNotEmpty()
                .allSatisfy(result -> assertThat(words(result)).contains("कानपुर"));
        assertThat(ids(found)).isEqualTo(ids(results("कानपुर")));
    }

    @Test
    void aNameSpelledWithOtherVowelsIsFoundInTheOtherScript() {
        // सोनिया romanises as "soniya": only the name key, which folds vowels, makes it "Sonia"
        assertThat(results("Sonia")).filteredOn(result -> record(result).get("language").equals("hi"))
                .anySatisfy(result -> assertThat(words(result)).contains("सोनिया"));
    }

    @Test
    void recordsWithEveryWordOfTheQueryComeFirst() {
        List<Map<String, Object>> found = results("resigned Congress");
        List<Integer> matched = found.stream().map(r -> (Integer) r.get("matchedTerms")).toList();
        assertThat(matched).first().isEqualTo(2);
        assertThat(matched).contains(1).isSortedAccordingTo((a, b) -> b - a);
        assertThat(found.stream().map(r -> ((Number) r.get("score")).doubleValue()).toList())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(found).filteredOn(r -> r.get("matchedTerms").equals(2))
                .allSatisfy(r -> assertThat(words(r).toLowerCase()).contains("resign", "congress"));
    }

    @Test
    void aWordInATitleRanksAboveTheSameWordInAQuoteOrABody() {
        List<Map<String, Object>> found = results("कानपुर");
        assertThat(type(found.get(0))).isEqualTo("Article");
        assertThat((String) record(found.get(0)).get("title")).contains("कानपुर");
        assertThat(found.stream().skip(1).map(r -> ((Number) r.get("score")).doubleValue()))
                .allSatisfy(score -> assertThat(score).isLessThan(((Number) found.get(0).get("score")).doubleValue()));
    }

    @Test
    void pagesFollowEachOtherInRankOrderWithoutGapsOrRepeats() {
        String query = "Siddiqui Congress इस्तीफा";
        List<Object> all = ids(results(query));
        assertThat(all).hasSizeGreaterThan(10).doesNotHaveDuplicates();
        List<Object> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = search(query, 4, after);
            List<Object> ids = page.path("search.nodes[*].record.id").entityList(Object.class).get();
            assertThat(ids).hasSizeBetween(1, 4);
            paged.addAll(ids);
            more = page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("search.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(paged).isEqualTo(all);
        search(query, 0, null).path("search.totalCount").entity(Integer.class).isEqualTo(all.size());
    }

    @Test
    void retractedRecordsAreLeftOutAndOnlyVeryCommonWordsFindNothing() {
        assertThat(results("grassroots")).extracting(r -> record(r).get("status")).doesNotContain("RETRACTED");
        search("the of", 10, null).errors().verify().path("search.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!! ...", "one two three four five six seven eight nine ten eleven"})
    void aBlankQueryOrOneOfMoreThanTenWordsIsABadRequest(String query) {
        assertBadRequest(search(query, 10, null));
    }

    @Test
    void aQueryOfMoreThan200CharactersIsABadRequest() {
        assertBadRequest(search("Congress".repeat(26), 10, null));
    }

    @Test
    void aCursorOfAnotherConnectionIsABadRequest() {
        String quoteCursor = Cursor.of(12).encode();
        assertBadRequest(search("Congress", 10, quoteCursor));
        assertBadRequest(search("Congress", 10, Cursor.of(1, 2, 3, "POEM", 5).encode()));
    }

    private static void assertBadRequest(GraphQlTester.Response response) {
        response.errors().satisfy(errors -> {
            assertThat(codes(errors)).containsExactly("BAD_REQUEST");
            assertThat(errors).allSatisfy(e -> assertThat(e.getMessage()).doesNotContain("Exception", "select "));
        });
    }

    private static List<Object> codes(List<ResponseError> errors) {
        return errors.stream().map(e -> e.getExtensions().get("code")).toList();
    }

    private static List<Object> ids(List<Map<String, Object>> results) {
        return results.stream().map(r -> record(r).get("id")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> record(Map<String, Object> result) {
        return (Map<String, Object>) result.get("record");
    }

    private static String type(Map<String, Object> result) {
        return (String) record(result).get("__typename");
    }

    /** The words the record was found by: an article's title and body, or a quote's or claim's text. */
    private static String words(Map<String, Object> result) {
        Map<String, Object> record = record(result);
        return type(result).equals("Article") ? record.get("title") + "\n" + record.get("body")
                : (String) record.get("text");
    }
}
