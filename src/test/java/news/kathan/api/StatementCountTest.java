package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import news.kathan.ApiTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * No N+1: every hop between types is batched, so the number of SQL statements a request issues depends on its
 * shape, not on how many items it returns. Counted with Hibernate's statistics.
 */
@ApiTest
class StatementCountTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TotalCounts totals;

    private Statistics statistics;

    @BeforeEach
    void statistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** The statements of a request when no total is remembered from an earlier one. */
    private long statements(String document, int first) {
        totals.forget();
        return statementsAfterEarlierRequests(document, first);
    }

    private long statementsAfterEarlierRequests(String document, int first) {
        statistics.clear();
        graphQl.document(document).variable("first", first).execute().errors().verify();
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aPageOfQuotesWithSpeakerArticleAndOutletTakesOneStatementWhateverItsSize() {
        String document = """
                query($first: Int) { quotes(first: $first) { nodes { text
                  speaker { ... on Person { name } }
                  article { title outlet { name } } } } }""";
        long ten = statements(document, 10);
        long hundred = statements(document, 100);
        // the page, read with its articles, their outlets and its speakers who are people (AttributedPages); the seed
        // quotes of the first hundred all have a person as speaker, so no hop is left to a batch load
        assertThat(ten).isEqualTo(1);
        assertThat(hundred).isEqualTo(ten);
    }

    @Test
    void quotesByANameResolveTheNameInOneStatement() {
        // The benchmarked operation (graphql/operations/QuotesByPerson.graphql), minus the via outlet, which the
        // seed quotes of this speaker do not have: the name (one statement over people, outlets, parties and
        // anonymous sources), the page with its speakers, articles and outlets (AttributedPages), and its count; and
        // the same for claims by that source.
        String document = """
                query($first: Int) { quotes(filter: {speaker: "नसीमुद्दीन सिद्दीकी"}, first: $first) { totalCount
                  nodes { text speaker { ... on Person { name } } article { title outlet { name } } } } }""";
        assertThat(statements(document, 50)).isEqualTo(3);
        assertThat(statements(document.replace("speaker:", "source:").replace("quotes(", "claims(")
                .replace("speaker {", "source {"), 50)).isEqualTo(3);
    }

    @Test
    void claimsByAnonymousSourceReadTheirSourcesWithThePage() {
        // The benchmarked operation (graphql/operations/AnonymousClaims.graphql): the page with its anonymous
        // sources, articles and outlets (AttributedPages), the parties the sources belong to, and the count.
        String document = """
                query($first: Int) { claims(filter: {sourceKind: ANONYMOUS}, first: $first) { totalCount
                  nodes { text source { ... on AnonymousSource { id description affiliation { name } } }
                          article { title outlet { name } } } } }""";
        assertThat(statements(document, 10)).isEqualTo(3);
        assertThat(statements(document, 100)).isEqualTo(3);
    }

    @Test
    void theTotalCountCostsOneStatementAndOnlyWhenAskedFor() {
        long without = statements("query($first: Int) { quotes(first: $first) { nodes { id } } }", 10);
        long with = statements("query($first: Int) { quotes(first: $first) { totalCount nodes { id } } }", 10);
        assertThat(without).isEqualTo(1);
        assertThat(with).isEqualTo(2);
    }

    @Test
    void articlesReachedFromQuotesAreReadWithoutTheirBodiesUnlessTheBodyIsAskedFor() {
        String titles = "query($first: Int) { quotes(first: $first) { nodes { article { title } } } }";
        assertThat(statements(titles, 50)).isEqualTo(1);
        assertThat(statistics.getEntityStatistics(news.kathan.article.Article.class.getName()).getLoadCount())
                .isZero();

        String bodies = """
                query($first: Int) { quotes(first: $first) { nodes { text span { start end } article { body } } } }""";
        // the page with its articles, then the bodies
        assertThat(statements(bodies, 50)).isEqualTo(2);
        var quotes = graphQl.document(bodies).variable("first", 50).execute().errors().verify()
                .path("quotes.nodes").entityList(java.util.Map.class).get();
        assertThat(quotes).isNotEmpty().allSatisfy(quote -> {
            String body = (String) ((java.util.Map<?, ?>) quote.get("article")).get("body");
            var span = (java.util.Map<?, ?>) quote.get("span");
            assertThat(body.substring((Integer) span.get("start"), (Integer) span.get("end"))).isEqualTo(quote.get("text"));
        });
    }

    @Test
    void aTotalIsCountedOnceUntilTheArchiveChanges() {
        String document = """
                query($first: Int) { claims(filter: {sourceKind: ANONYMOUS}, first: $first) { totalCount
                  nodes { text } } }""";
        long first = statements(document, 10);
        long again = statementsAfterEarlierRequests(document, 10);
        long otherPage = statementsAfterEarlierRequests(document, 3);
        assertThat(again).isEqualTo(first - 1);
        assertThat(otherPage).isEqualTo(again);
    }

    @Test
    void aSearchPageIsTheHitsAndOneStatementPerKindOfRecordWhateverItsSize() {
        String document = """
                query($first: Int) { search(query: "Siddiqui Congress इस्तीफा", first: $first) { nodes { score
                  record { ... on Article { title } ... on Quote { text } ... on Claim { text } } } } }""";
        long twenty = statements(document, 20);
        long hundred = statements(document, 100);
        // the ranked hits, then the articles, the quotes and the claims among them
        assertThat(twenty).isEqualTo(4);
        assertThat(hundred).isEqualTo(twenty);
        String counted = document.replace("{ nodes { score", "{ totalCount nodes { score");
        assertThat(statements(counted, 100)).isEqualTo(hundred + 1);
    }

    @Test
    void searchResultsWithTheirSourcesArticlesAndOutletsTakeABoundedNumberOfStatements() {
        String document = """
                query($first: Int) { search(query: "Siddiqui Congress इस्तीफा", first: $first) { nodes { record {
                  ... on Article { title outlet { name } }
                  ... on Quote { text speaker { ... on Person { name } } article { title outlet { name } } }
                  ... on Claim { text source { ... on Person { name } ... on AnonymousSource { description } }
                                 article { title } } } } } }""";
        long three = statements(document, 3);
        long hundred = statements(document, 100);
        // The shape sets the bound, not the page: the hits; the articles, quotes and claims; the articles' outlets;
        // the speakers, then the sources, one statement per kind of source on the page (person, outlet, party,
        // anonymous); the quotes' articles, the claims' articles, and those articles' outlets. A bigger page only
        // brings more kinds of record and source, up to that bound.
        assertThat(three).isLessThanOrEqualTo(hundred);
        assertThat(hundred).isLessThanOrEqualTo(1 + 3 + 1 + 4 + 4 + 1 + 1 + 1);
    }

    @Test
    void eventsWithParticipantsAndMentionsTakeAFixedNumberOfStatements() {
        String document = """
                query($first: Int) { events(first: $first) { nodes { kind date
                  participants { name } parties { name }
                  mentions { span { start } article { title } } } } }""";
        long three = statements(document, 3);
        long hundred = statements(document, 100);
        // the page; its participants and its parties, each read with the people or parties in one statement;
        // its mentions; and their articles
        assertThat(hundred).isEqualTo(three).isEqualTo(5);
    }

    @Test
    void nestedConnectionsUnderManyParentsAreOneWindowedQuery() {
        String document = """
                query($first: Int) { articles(first: $first) { nodes { title
                  quotes(first: 2) { totalCount nodes { text speaker { ... on Person { name } } } } } } }""";
        long two = statements(document, 2);
        long all = statements(document, 100);
        // articles, the windowed quote ids, the quotes, their counts, their speakers
        assertThat(all).isEqualTo(two).isEqualTo(5);
    }
}
