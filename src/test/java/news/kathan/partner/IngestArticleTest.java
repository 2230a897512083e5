package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.kathan.article.Article;
import news.kathan.article.ArticleRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@PartnerApiTest
class IngestArticleTest {

    static final String RESIGNATION = """
             date 2026-03-09 Farmers' leader Ramesh Chandra Tiwari quits Lok Kalyan Manch

            Bhopal, March 9: Farmers' leader Ramesh Chandra Tiwari resigned from the Lok Kalyan Manch on Monday.

            "I have given my life to this party, but it no longer listens to farmers," Tiwari said.

            Sources close to Tiwari said that he would join another party next week.
            """;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiKeys keys;

    @Autowired
    ArticleRepository articles;

    Partners.Writer ians;

    @BeforeEach
    void keys() {
        ians = new Partners(keys, graphQl).key(Role.PARTNER, "IANS");
    }

    @Test
    void anIngestedArticleComesBackWithEverythingReadFromIt() {
        GraphQlTester.Response response = ians.ingest("ians/tiwari-1", RESIGNATION);
        response.errors().verify();
        response.path("ingestArticle.changed").entity(Boolean.class).isEqualTo(true);
        response.path("ingestArticle.article.version").entity(Integer.class).isEqualTo(1);
        response.path("ingestArticle.article.publishedOn").entity(String.class).isEqualTo("2026-03-09");
        response.path("ingestArticle.article.outlet.name").entity(String.class).isEqualTo("Indo-Asian News Service");
        response.path("ingestArticle.article.quotes.nodes[0].text").entity(String.class)
                .isEqualTo("I have given my life to this party, but it no longer listens to farmers");
        response.path("ingestArticle.article.quotes.nodes[0].speaker.name").entity(String.class)
                .isEqualTo("Ramesh Chandra Tiwari");
        response.path("ingestArticle.article.claims.nodes[*].source.description").entityList(String.class)
                .contains("Sources close to Tiwari");
        response.path("ingestArticle.article.events[*].kind").entityList(String.class).contains("RESIGNATION");
    }

    @Test
    void theSameArticleSentTwiceChangesNothing() {
        String first = ians.ingest("ians/twice", RESIGNATION.replace("Tiwari", "Trivedi"))
                .path("ingestArticle.article.id").entity(String.class).get();
        GraphQlTester.Response again = ians.ingest("ians/twice", RESIGNATION.replace("Tiwari", "Trivedi"));
        again.path("ingestArticle.changed").entity(Boolean.class).isEqualTo(false);
        again.path("ingestArticle.article.id").entity(String.class).isEqualTo(first);
        again.path("ingestArticle.article.version").entity(Integer.class).isEqualTo(1);
        again.path("ingestArticle.article.quotes.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void theSameExternalIdWithNewTextIsANewVersionThatReplacesTheOldRecords() {
        String id = ians.ingest("ians/versions", RESIGNATION.replace("Tiwari", "Tandon"))
                .path("ingestArticle.article.id").entity(String.class).get();
        String revised = RESIGNATION.replace("Tiwari", "Tandon").replace("no longer listens to farmers",
                "has stopped listening to farmers");
        GraphQlTester.Response second = ians.ingest("ians/versions", revised);
        second.path("ingestArticle.changed").entity(Boolean.class).isEqualTo(true);
        second.path("ingestArticle.article.id").entity(String.class).isEqualTo(id);
        second.path("ingestArticle.article.version").entity(Integer.class).isEqualTo(2);
        second.path("ingestArticle.article.quotes.nodes[*].text").entityList(String.class)
                .containsExactly("I have given my life to this party, but it has stopped listening to farmers");
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Article { quotes { totalCount } events { kind } } } }")
                .variable("id", id).execute()
                .path("node.quotes.totalCount").entity(Integer.class).isEqualTo(1)
                .path("node.events[*].kind").entityList(String.class).hasSize(1);
    }

    @Test
    void theSameExternalIdFromAnotherOutletIsAnotherArticle() {
        Partners.Writer pti = new Partners(keys, graphQl).key(Role.PARTNER, "PTI");
        String text = RESIGNATION.replace("Tiwari", "Thakur");
        String fromIans = ians.ingest("shared/1", text).path("ingestArticle.article.id").entity(String.class).get();
        pti.ingest("shared/1", text).path("ingestArticle.article.id").entity(String.class).isNotEqualTo(fromIans)
                .path("ingestArticle.article.outlet.name").entity(String.class).isEqualTo("Press Trust of India");
    }

    @Test
    void concurrentIngestsOfOneExternalIdEndInOneArticle() throws Exception {
        int senders = 6;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<GraphQlTester.Response>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < senders; i++) {
                // three different texts, each sent twice: three versions, and three sends that change nothing
                String text = RESIGNATION.replace("Tiwari", "Tripathi").replace("on Monday", "on Monday (" + i % 3 + ")");
                Callable<GraphQlTester.Response> send = () -> {
                    start.await();
                    return ians.ingest("ians/race", text);
                };
                sent.add(pool.submit(send));
            }
            start.countDown();
            for (Future<GraphQlTester.Response> response : sent) {
                response.get().errors().verify();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Article> stored = articles.findAll().stream().filter(a -> a.getExternalId().equals("ians/race")).toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getVersion()).isBetween(3, 6);
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Article { quotes { totalCount } } } }")
                .variable("id", news.kathan.api.NodeId.encode("Article", stored.get(0).getId())).execute()
                .path("node.quotes.totalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void givenValuesOverrideWhatIsReadFromTheText() {
        ians.ingest(Map.of("externalId", "ians/overrides", "text", RESIGNATION.replace("Tiwari", "Tomar"),
                        "title", "Tomar quits", "publishedOn", "2026-03-08", "language", "en",
                        "url", "https://ians.in/tomar"))
                .path("ingestArticle.article.title").entity(String.class).isEqualTo("Tomar quits")
                .path("ingestArticle.article.publishedOn").entity(String.class).isEqualTo("2026-03-08");
    }
}
