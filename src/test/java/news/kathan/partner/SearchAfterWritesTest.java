package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The search index follows every write in the write's own transaction: a new article is found at once, a new
 * version replaces the words of the old one, a retracted quote leaves the results (and comes back when restored),
 * and a quote whose span an editor changes is found by its new words only.
 */
@PartnerApiTest
class SearchAfterWritesTest {

    private static final String SEARCH = """
            query($query: String!) { search(query: $query, first: 100) { totalCount nodes { record { __typename
              ... on Article { id } ... on Quote { id } ... on Claim { id } } } } }""";

    private static final String QUOTES_WITH_TEXT = """
            query($text: String!, $all: Boolean) {
              quotes(filter: {text: $text, includeRetracted: $all}) { nodes { id } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiKeys keys;

    Partners.Writer ians;
    Partners.Writer editor;
    String externalId;
    String surname;
    /** Words no other article has: one in each clause of the quote. */
    String before;
    String after;
    String articleId;
    String quoteId;

    @BeforeEach
    void anArticleWithWordsOfItsOwn() {
        Partners partners = new Partners(keys, graphQl);
        ians = partners.key(Role.PARTNER, "IANS");
        editor = partners.key(Role.EDITOR, "IANS");
        externalId = "ians/search-" + UUID.randomUUID();
        surname = CorrectionsTest.uniqueSurname();
        before = CorrectionsTest.uniqueSurname().toLowerCase() + "pur";
        after = CorrectionsTest.uniqueSurname().toLowerCase() + "gram";
        GraphQlTester.Response ingested = ians.ingest(externalId, text(before, after));
        articleId = ingested.path("ingestArticle.article.id").entity(String.class).get();
        quoteId = ingested.path("ingestArticle.article.quotes.nodes[0].id").entity(String.class).get();
    }

    private String text(String firstClauseWord, String secondClauseWord) {
        return IngestArticleTest.RESIGNATION.replace("Tiwari", surname)
                .replace("to this party,", "to this party in " + firstClauseWord + ",")
                .replace("listens to farmers", "listens to the farmers of " + secondClauseWord);
    }

    private List<String> found(String query) {
        return graphQl.document(SEARCH).variable("query", query).execute().errors().verify()
                .path("search.nodes[*].record.id").entityList(String.class).get();
    }

    @Test
    void aNewArticleIsFoundAtOnceInTheQuoteAndTheArticle() {
        assertThat(found(before)).containsExactlyInAnyOrder(articleId, quoteId);
        assertThat(found(surname)).contains(articleId);
    }

    @Test
    void aRetractedQuoteLeavesTheResultsAndComesBackWhenRestored() {
        editor.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "retract", true)).execute()
                .path("correctQuote.quote.status").entity(String.class).isEqualTo("RETRACTED");

        assertThat(found(before)).containsExactly(articleId);
        graphQl.document(QUOTES_WITH_TEXT).variable("text", before).execute()
                .path("quotes.nodes[*].id").entityList(String.class).hasSize(0);
        graphQl.document(QUOTES_WITH_TEXT).variable("text", before).variable("all", true).execute()
                .path("quotes.nodes[*].id").entityList(String.class).containsExactly(quoteId);

        editor.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "retract", false)).execute()
                .path("correctQuote.quote.status").entity(String.class).isEqualTo("ACTIVE");
        assertThat(found(before)).containsExactlyInAnyOrder(articleId, quoteId);
    }

    @Test
    void aNewVersionReplacesTheWordsOfTheOldOne() {
        String replacement = CorrectionsTest.uniqueSurname().toLowerCase() + "nagar";
        ians.ingest(externalId, text(replacement, after))
                .path("ingestArticle.article.version").entity(Integer.class).isEqualTo(2);

        assertThat(found(before)).isEmpty();
        assertThat(found(replacement)).contains(articleId).hasSize(2);
        assertThat(found(after)).contains(articleId).hasSize(2);
    }

    @Test
    void aQuoteNarrowedByAnEditorIsFoundOnlyByTheWordsItKeeps() {
        GraphQlTester.Response quote = graphQl.document("""
                query($id: ID!) { node(id: $id) { ... on Quote { span { start end } article { body } } } }""")
                .variable("id", quoteId).execute();
        String body = quote.path("node.article.body").entity(String.class).get();
        int start = quote.path("node.span.start").entity(Integer.class).get();
        int comma = body.indexOf(',', start);
        assertThat(body.substring(start, comma)).contains(before).doesNotContain(after);

        ians.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "span", Map.of("start", start, "end", comma)))
                .execute().path("correctQuote.quote.revision").entity(Integer.class).isEqualTo(2);

        assertThat(found(before)).containsExactlyInAnyOrder(articleId, quoteId);
        assertThat(found(after)).containsExactly(articleId);
    }
}
