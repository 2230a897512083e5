package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import news.kathan.ApiTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The controller methods of a request, batch loads included, run on the thread that executes it (see
 * ControllerThreads). Seen through a thread-bound resource: the request is executed on this test's thread inside a
 * read-only transaction, and every repository call made on this thread joins it, so none completes a transaction
 * of its own. A controller method sent to another thread would start and complete one.
 */
@ApiTest
class ControllerThreadsTest {

    @Autowired
    ExecutionGraphQlService service;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TotalCounts totals;

    @Test
    void aRequestsControllerMethodsRunOnTheThreadThatExecutesIt() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        ExecutionGraphQlServiceTester graphQl = ExecutionGraphQlServiceTester.create(service);
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        totals.forget();
        statistics.clear();
        long[] during = readOnly.execute(status -> {
            graphQl.document("""
                    { quotes(first: 20) { totalCount nodes { text speaker { ... on Person { name } }
                      article { title body outlet { name } } } } }""").execute().errors().verify();
            return new long[] {statistics.getPrepareStatementCount(), statistics.getTransactionCount()};
        });
        // the page read with its speakers, articles and outlets (AttributedPages), its count, and the articles' bodies,
        // a batch load
        assertThat(during[0]).isEqualTo(3);
        assertThat(during[1]).as("transactions completed by the request's own statements").isZero();
    }
}
