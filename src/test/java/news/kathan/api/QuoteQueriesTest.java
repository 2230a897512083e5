package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@ApiTest
class QuoteQueriesTest {

    private static final String QUOTES = """
            query($speaker: String, $language: String, $text: String, $first: Int, $after: String) {
              quotes(filter: {speaker: $speaker, language: $language, text: $text}, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { id text language span { start end } speaker { ... on Person { name } } article { id body } }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> quotes(String speaker, String language, String text) {
        return graphQl.document(QUOTES).variable("speaker", speaker).variable("language", language)
                .variable("text", text).variable("first", 100)
                .execute().errors().verify().path("quotes.nodes").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
    }

    @Test
    void aPersonsQuotesComeInBothLanguagesFromSeveralArticles() {
        List<Map<String, Object>> quotes = quotes("नसीमुद्दीन सिद्दीकी", null, null);
        assertThat(quotes).extracting(q -> q.get("language")).contains("hi", "en");
        assertThat(quotes.stream().map(q -> articleOf(q).get("id")).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(quotes).extracting(q -> speakerOf(q).get("name")).containsOnly("Naseemuddin Siddiqui");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nasimuddin Siddiqui", "Naseemuddin Siddiqui", "naseemuddin siddique", "NASIMUDDIN SIDDIQUI"})
    void everySpellingOfANameGivesTheSameQuotes(String spelling) {
        Set<Object> devanagari = ids(quotes("नसीमुद्दीन सिद्दीकी", null, null));
        assertThat(ids(quotes(spelling, null, null))).isEqualTo(devanagari).isNotEmpty();
    }

    @Test
    void anUnknownSpeakerHasNoQuotesAndNoError() {
        assertThat(quotes("Nobody Atall", null, null)).isEmpty();
    }

    @Test
    void everyQuoteIsTheTextOfItsSpan() {
        for (Map<String, Object> quote : quotes(null, null, null)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> span = (Map<String, Object>) quote.get("span");
            String body = (String) articleOf(quote).get("body");
            assertThat(body.substring((Integer) span.get("start"), (Integer) span.get("end"))).isEqualTo(quote.get("text"));
        }
    }

    @Test
    void theLanguageFilterKeepsOneScript() {
        assertThat(quotes(null, "en", null)).isNotEmpty().extracting(q -> q.get("language")).containsOnly("en");
    }

    @Test
    void theTextFilterMatchesWordsIgnoringCaseAndTreatsWildcardsLiterally() {
        assertThat(quotes(null, null, "GRASSROOTS")).isNotEmpty()
                .allSatisfy(q -> assertThat(((String) q.get("text")).toLowerCase()).contains("grassroots"));
        assertThat(quotes(null, null, "%")).isEmpty();
        assertThat(quotes(null, null, "_")).isEmpty();
    }

    @Test
    void theTextFilterMatchesWholeWordsInEitherScript() {
        // a word in Latin letters finds it in Devanagari: the filter reads the search index's spelling keys
        assertThat(quotes(null, null, "kanpur")).isNotEmpty()
                .allSatisfy(q -> assertThat((String) q.get("text")).contains("कानपुर"));
        assertThat(quotes(null, null, "grass")).isEmpty();
        graphQl.document(QUOTES).variable("text", "word ".repeat(11)).execute()
                .errors().satisfy(errors -> assertThat(errors).extracting(e -> e.getExtensions().get("code"))
                        .containsExactly("BAD_REQUEST"));
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        int total = graphQl.document(QUOTES).variable("first", 0).execute().path("quotes.totalCount")
                .entity(Integer.class).get();
        Set<Object> seen = new HashSet<>();
        String after = null;
        boolean more = true;
        while (more) {
            var response = graphQl.document(QUOTES).variable("first", 4).variable("after", after).execute();
            List<Object> ids = response.path("quotes.nodes[*].id").entityList(Object.class).get();
            assertThat(ids).hasSizeLessThanOrEqualTo(4).noneMatch(seen::contains);
            seen.addAll(ids);
            more = response.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("quotes.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(seen).hasSize(total);
    }

    @Test
    void onePersonsQuotesComeInIdOrderAcrossPages() {
        // The page of one person's quotes is read along the index (speaker, status, id): still in id order.
        String speaker = "Nasimuddin Siddiqui";
        int total = graphQl.document(QUOTES).variable("speaker", speaker).variable("first", 0).execute()
                .path("quotes.totalCount").entity(Integer.class).get();
        List<Long> seen = new java.util.ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var response = graphQl.document(QUOTES).variable("speaker", speaker).variable("first", 2)
                    .variable("after", after).execute();
            response.path("quotes.nodes[*].id").entityList(String.class).get()
                    .forEach(id -> seen.add(NodeId.idOf(id, "Quote").orElseThrow()));
            more = response.path("quotes.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("quotes.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(total).isGreaterThan(2);
        assertThat(seen).hasSize(total).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
    }

    private static Set<Object> ids(List<Map<String, Object>> quotes) {
        Set<Object> ids = new HashSet<>();
        quotes.forEach(q -> ids.add(q.get("id")));
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> articleOf(Map<String, Object> quote) {
        return (Map<String, Object>) quote.get("article");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> speakerOf(Map<String, Object> quote) {
        return (Map<String, Object>) quote.get("speaker");
    }
}
