package news.kathan.synthetic;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import news.kathan.ingest.ArticleIngestion;
import news.kathan.ingest.IngestRetry;
import news.kathan.ingest.ReferenceLists;
import news.kathan.ingest.ReferenceLoader;
import news.kathan.ingest.SeedProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Grows the synthetic archive of a seed to a number of articles: registers the invented people and outlets the
 * way the reference lists are registered, asks the database in one query which of the seed's articles it already
 * holds, and ingests the missing ones through the normal pipeline ({@link ArticleIngestion}, one transaction per
 * article) on a pool of threads, retrying an article that lost a race for a new event or source.
 */
@Component
class SyntheticArchive {

    /** What a run did, and what the archive holds afterwards. */
    record Report(int articles, int alreadyStored, int stored, int failed, double seconds, double cpuSeconds,
                  Counts archive) {

        double rate() {
            return seconds > 0 ? stored / seconds : 0;
        }
    }

    /** Rows in the whole archive, the seeds and other feeds included. */
    record Counts(long articles, long quotes, long claims, long anonymousClaims, long events, long people) {
    }

    private final ArticleIngestion ingestion;
    private final ReferenceLoader referenceLoader;
    private final SeedProperties seeds;
    private final JdbcTemplate jdbc;

    SyntheticArchive(ArticleIngestion ingestion, ReferenceLoader referenceLoader, SeedProperties seeds,
                     JdbcTemplate jdbc) {
        this.ingestion = ingestion;
        this.referenceLoader = referenceLoader;
        this.seeds = seeds;
        this.jdbc = jdbc;
    }

    /** Makes the archive hold the first {@code articles} articles of a seed; prints progress and the rate. */
    Report generate(int articles, long seed, int threads, PrintStream out) throws InterruptedException {
        long started = System.nanoTime();
        int people = SyntheticArticles.population(articles);
        Cast cast = Cast.invent(seed, people, ReferenceLists.read(seeds.referenceLocation()));
        referenceLoader.load(cast.registration(people));
        out.printf(Locale.ROOT, "Registered %d people and %d outlets in %.1f s%n", people,
                cast.outlets.stream().filter(Cast.Outlet::invented).count(), seconds(started));

        String feed = SyntheticArticles.feed(seed);
        Set<String> stored = new HashSet<>(jdbc.queryForList(
                "select external_id from article where feed = ?", String.class, feed));
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            if (!stored.contains(SyntheticArticles.externalId(i))) {
                missing.add(i);
            }
        }
        out.printf(Locale.ROOT, "%d of %d articles of seed %d are stored; writing %d on %d threads%n",
                articles - missing.size(), articles, seed, missing.size(), threads);

        SyntheticArticles writer = new SyntheticArticles(seed, cast);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        int step = Math.max(100, Math.min(5000, missing.size() / 20));
        long ingesting = System.nanoTime();
        long cpuBefore = processCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int index : missing) {
                pool.execute(() -> {
                    try {
                        IngestRetry.ingest(ingestion, writer.write(index).request(feed));
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                        if (firstFailure.compareAndSet(null, e)) {
                            out.println("Article " + index + " failed: " + e);
                        }
                    }
                    int count = done.incrementAndGet();
                    if (count % step == 0) {
                        out.printf(Locale.ROOT, "  %d/%d articles, %.1f articles/s%n", count, missing.size(),
                                count / seconds(ingesting));
                    }
                });
            }
        } finally {
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                out.println("  still writing: " + done.get() + "/" + missing.size());
            }
        }
        double seconds = seconds(ingesting);
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        Report report = new Report(articles, articles - missing.size(), missing.size() - failed.get(), failed.get(),
                seconds, cpu, counts());
        out.printf(Locale.ROOT, "Stored %d articles in %.1f s: %.1f articles/s%s%n", report.stored(), seconds,
                report.rate(), failed.get() > 0 ? " (" + failed.get() + " failed)" : "");
        if (report.stored() > 0 && cpu > 0) {
            // On a shared machine the rate says little alone: what this process spent per article is steadier.
            out.printf(Locale.ROOT, "This process used %.1f CPU-seconds, %.1f ms per article%n", cpu,
                    1000 * cpu / report.stored());
        }
        Counts c = report.archive();
        out.printf(Locale.ROOT, "The archive holds %d articles, %d quotes, %d claims (%d anonymous), %d events, "
                + "%d people%n", c.articles(), c.quotes(), c.claims(), c.anonymousClaims(), c.events(), c.people());
        return report;
    }

    private Counts counts() {
        return new Counts(count("select count(*) from article"), count("select count(*) from quote"),
                count("select count(*) from claim"),
                count("select count(*) from claim where source_kind = 'ANONYMOUS'"),
                count("select count(*) from event"), count("select count(*) from person"));
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    /** CPU time of the whole process (every thread, the embedded database's too), where the JVM tells it. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
