package news.kathan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Instances behind a load balancer start together on one database, and each loads the reference lists and the
 * seeds: all of them start, and the archive holds every party and every seed once. (Four loaders on four threads
 * of one context stand for four instances; the archive starts empty.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "kathan.seeds.enabled=false")
class ConcurrentStartTest {

    @Autowired
    SeedProperties seeds;

    @Autowired
    ReferenceLoader referenceLoader;

    @Autowired
    ArticleIngestion ingestion;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void instancesStartingTogetherEachLoadTheSeedsAndNothingIsStoredTwice() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from party", Long.class)).isZero();
        var enabled = new SeedProperties(seeds.location(), seeds.referenceLocation(), true, true);
        int instances = 4;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        CountDownLatch ready = new CountDownLatch(instances);
        List<Future<?>> starts = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            starts.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                new SeedLoader(enabled, referenceLoader, ingestion).run(new DefaultApplicationArguments());
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        for (Future<?> start : starts) {
            start.get(); // rethrows the failure of an instance's start-up
        }
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) - count(distinct name) from party", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from party", Long.class)).isPositive();
    }
}
