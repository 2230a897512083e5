package news.kathan.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the reference lists and every article in the seeds folder at start-up. Each article is its own
 * transaction; loading again changes nothing, since an unchanged file is recognised by its content hash.
 */
@Component
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final SeedProperties properties;
    private final ReferenceLoader referenceLoader;
    private final ArticleIngestion ingestion;

    SeedLoader(SeedProperties properties, ReferenceLoader referenceLoader, ArticleIngestion ingestion) {
        this.properties = properties;
        this.referenceLoader = referenceLoader;
        this.ingestion = ingestion;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.enabled()) {
            return;
        }
        // Instances that start together on one database load the same lists and seeds at once: the loser of a
        // race (the same party or article inserted twice) finds the winner's rows on its next attempt, rather
        // than failing its start-up.
        ReferenceLists lists = ReferenceLists.read(properties.referenceLocation());
        IngestRetry.retrying(() -> {
            referenceLoader.load(lists);
            return lists;
        });
        if (!properties.articles()) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources(folder(properties.location()) + "*.txt");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        long started = System.nanoTime();
        for (Resource file : files) {
            IngestResult result = IngestRetry.ingest(ingestion, IngestRequest.seed(file.getFilename(), read(file)));
            log.info("Seed {}: article {} v{} ({})", file.getFilename(), result.articleId(), result.version(),
                    result.changed() ? result.quotes() + " quotes, " + result.claims() + " claims, "
                            + result.events() + " events" : "unchanged");
        }
        log.info("Loaded {} seed articles from {} in {} ms", files.length, properties.location(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static String folder(Resource location) throws IOException {
        String url = location.getURL().toString();
        return url.endsWith("/") ? url : url + "/";
    }

    private static String read(Resource file) {
        try {
            return file.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed " + file, e);
        }
    }
}
