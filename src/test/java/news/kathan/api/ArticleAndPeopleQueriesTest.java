package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@ApiTest
class ArticleAndPeopleQueriesTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Test
    void articlesOfAnOutletByAnyOfItsNames() {
        for (String outlet : List.of("IANS", "Indo-Asian News Service")) {
            graphQl.document("query($o: String) { articles(filter: {outlet: $o}) { nodes { outlet { name } language } } }")
                    .variable("o", outlet).execute().errors().verify()
                    .path("articles.nodes[*].outlet.name").entityList(String.class)
                    .containsExactly("Indo-Asian News Service");
        }
    }

    @Test
    void theArticleWithoutADateSaysSo() {
        graphQl.document("{ articles(filter: {language: \"hi\"}) { nodes { sourceName publishedOn dateSource } } }")
                .execute().errors().verify()
                .path("articles.nodes[?(@.sourceName == '004_6de089ccd9478a84.txt')].dateSource")
                .entityList(String.class).containsExactly("NONE");
    }

    @Test
    void articlesNamingAPersonAndThePeopleTheyName() {
        List<String> titles = graphQl.document("{ articles(filter: {person: \"आलोक मिश्रा\"}) { nodes { title people { name } } } }")
                .execute().errors().verify().path("articles.nodes[*].title").entityList(String.class).get();
        assertThat(titles).hasSize(1);
        graphQl.document("{ articles(filter: {person: \"Alok Mishra\"}) { nodes { people { name } } } }").execute()
                .path("articles.nodes[0].people[*].name").entityList(String.class).contains("Alok Mishra", "Pavan Gupta");
    }

    @Test
    void aPersonByAnyNameOrNullWhenUnknown() {
        for (String name : List.of("Mallikarjun Kharge", "मल्लिकार्जुन खड़गे", "kharge")) {
            graphQl.document("query($n: String!) { person(name: $n) { name aliases } }").variable("n", name).execute()
                    .path("person.name").entity(String.class).isEqualTo("Mallikarjun Kharge");
        }
        graphQl.document("{ person(name: \"Nobody Known\") { name } }").execute().errors().verify()
                .path("person").valueIsNull();
    }

    @Test
    void aPersonFirstSeenInHindiGetsAReadableLatinName() {
        graphQl.document("{ person(name: \"पवन गुप्ता\") { name nameDevanagari aliases } }").execute()
                .path("person.name").entity(String.class).isEqualTo("Pavan Gupta")
                .path("person.nameDevanagari").entity(String.class).isEqualTo("पवन गुप्ता");
    }

    @Test
    void peopleOfAPartyAndByPartOfAName() {
        List<String> congress = graphQl.document("{ people(filter: {party: \"कांग्रेस\"}, first: 100) { nodes { name } } }")
                .execute().errors().verify().path("people.nodes[*].name").entityList(String.class).get();
        assertThat(congress).contains("Rahul Gandhi", "Mallikarjun Kharge").doesNotContain("Mayawati");
        graphQl.document("{ people(filter: {name: \"Siddiqui\"}) { nodes { name } } }").execute()
                .path("people.nodes[*].name").entityList(String.class).containsExactly("Naseemuddin Siddiqui");
    }

    @Test
    void partiesAndOutletsByNameOrAbbreviationInEitherScript() {
        for (String party : List.of("BJP", "भाजपा", "बीजेपी", "Bharatiya Janata Party")) {
            graphQl.document("query($p: String!) { party(name: $p) { abbreviation } }").variable("p", party).execute()
                    .path("party.abbreviation").entity(String.class).isEqualTo("BJP");
        }
        graphQl.document("{ outlet(name: \"दैनिक भास्कर\") { name kind articles { totalCount } } }").execute()
                .path("outlet.name").entity(String.class).isEqualTo("Dainik Bhaskar")
                .path("outlet.articles.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void nestedConnectionsPageEachParentSeparately() {
        List<Map<String, Object>> people = graphQl.document("""
                { people(filter: {name: "Siddiqui"}) { nodes { quotes(first: 2) { totalCount
                  pageInfo { hasNextPage } nodes { text } } } } }""").execute().errors().verify()
                .path("people.nodes[*].quotes").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
        assertThat(people).singleElement().satisfies(q -> {
            assertThat((List<?>) q.get("nodes")).hasSize(2);
            assertThat((Integer) q.get("totalCount")).isGreaterThan(2);
            assertThat(q.get("pageInfo")).isEqualTo(Map.of("hasNextPage", true));
        });
    }
}
