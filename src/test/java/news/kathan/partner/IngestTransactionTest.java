package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyIterable;
import static org.mockito.Mockito.doThrow;

import news.kathan.article.ArticleRepository;
import news.kathan.event.EventRepository;
import news.kathan.person.PersonRepository;
import news.kathan.quote.QuoteRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * An ingestion is one transaction: when storing the events (the last step, after the article, its people,
 * quotes and claims) fails, nothing of the article is left, and a new version that fails leaves the old one.
 */
@PartnerApiTest
class IngestTransactionTest {

    /** Reset after each test (the default), so that only the test that breaks it sees it broken. */
    @MockitoSpyBean
    EventRepository events;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiKeys keys;

    @Autowired
    ArticleRepository articles;

    @Autowired
    QuoteRepository quotes;

    @Autowired
    PersonRepository people;

    @Test
    void aFailureHalfwayLeavesNothing() {
        Partners.Writer ians = new Partners(keys, graphQl).key(Role.PARTNER, "IANS");
        long articlesBefore = articles.count();
        long quotesBefore = quotes.count();
        long peopleBefore = people.count();
        doThrow(new IllegalStateException("disk full")).when(events).saveAll(anyIterable());

        ians.ingest("ians/halfway", IngestArticleTest.RESIGNATION.replace("Tiwari", "Upadhyay")).errors()
                .satisfy(errors -> Partners.assertOnlyCode(errors, "INTERNAL_ERROR"));

        assertThat(articles.count()).isEqualTo(articlesBefore);
        assertThat(quotes.count()).isEqualTo(quotesBefore);
        assertThat(people.count()).isEqualTo(peopleBefore);
        assertThat(people.findByAliasKey(news.kathan.text.NameKeys.of("Ramesh Chandra Upadhyay"))).isEmpty();
        // the article's words were indexed before the failure, and went with it
        graphQl.document("{ search(query: \"Upadhyay\") { totalCount } }").execute()
                .path("search.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void aNewVersionThatFailsLeavesTheOldOne() {
        Partners.Writer ians = new Partners(keys, graphQl).key(Role.PARTNER, "IANS");
        String text = IngestArticleTest.RESIGNATION.replace("Tiwari", "Uniyal");
        String id = ians.ingest("ians/keep-old", text).path("ingestArticle.article.id").entity(String.class).get();
        doThrow(new IllegalStateException("disk full")).when(events).saveAll(anyIterable());

        ians.ingest("ians/keep-old", text.replace("farmers", "workers")).errors()
                .satisfy(errors -> Partners.assertOnlyCode(errors, "INTERNAL_ERROR"));

        graphQl.document("query($id: ID!) { node(id: $id) { ... on Article { version quotes { nodes { text } } } } }")
                .variable("id", id).execute()
                .path("node.version").entity(Integer.class).isEqualTo(1)
                .path("node.quotes.nodes[0].text").entity(String.class)
                .satisfies(quote -> assertThat(quote).endsWith("listens to farmers"));
    }
}
