package news.kathan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import news.kathan.ingest.ReferenceLists;
import news.kathan.ingest.SeedProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The generator against the database (H2, or PostgreSQL in that suite): what it planted in a few dozen articles
 * is what the pipeline stored, and a larger run adds only the articles the archive lacks. The context is the
 * command's (no seed articles), which also gives it a database of its own: other tests count the seeds' rows.
 * It is closed after the class, with a small pool, since every cached context holds its connections and the
 * PostgreSQL suite has a hundred to share.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "kathan.seeds.articles=false", "spring.datasource.hikari.maximum-pool-size=4"})
@DirtiesContext
class SyntheticArchiveTest {

    @Autowired
    SyntheticArchive archive;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SeedProperties seeds;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void whatWasPlantedIsStoredWithItsSpeakersSourcesAndDates() throws InterruptedException {
        long seed = 11;
        int articles = 36;
        long extracted = extractedPeople();
        SyntheticArchive.Report report = archive.generate(articles, seed, 2, out);
        assertThat(report.stored()).as(output.toString(StandardCharsets.UTF_8)).isEqualTo(articles);
        assertThat(report.failed()).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("articles/s").contains("anonymous");

        Cast cast = Cast.invent(seed, SyntheticArticles.population(articles),
                ReferenceLists.read(seeds.referenceLocation()));
        SyntheticArticles writer = new SyntheticArticles(seed, cast);
        PlantedRecords planted = new PlantedRecords();
        for (ArticlePlan plan : IntStream.range(0, articles).mapToObj(writer::write).toList()) {
            Map<String, Object> article = jdbc.queryForMap("""
                    select a.id, a.language, a.published_on, o.name outlet from article a
                    left join outlet o on o.id = a.outlet_id where a.feed = ? and a.external_id = ?""",
                    SyntheticArticles.feed(seed), plan.externalId());
            assertThat(article.get("language")).isEqualTo(plan.language());
            assertThat(article.get("published_on").toString()).isEqualTo(plan.publishedOn().toString());
            assertThat(article.get("outlet")).isEqualTo(plan.outlet());
            long id = ((Number) article.get("id")).longValue();
            planted.add(plan,
                    jdbc.query("""
                            select text, speaker_kind, coalesce(speaker_person_id, -1) from quote
                            where article_id = ?""",
                            (rs, n) -> new PlantedRecords.Found(rs.getString(1), rs.getString(2), rs.getLong(3)), id),
                    jdbc.query("""
                            select text, source_kind, coalesce(source_person_id, source_party_id, source_outlet_id, -1)
                            from claim where article_id = ?""",
                            (rs, n) -> new PlantedRecords.Found(rs.getString(1), rs.getString(2), rs.getLong(3)), id),
                    jdbc.query("""
                            select distinct e.id, e.kind, e.event_date, e.date_precision from event e
                            join event_mention m on m.event_id = e.id where m.article_id = ?""",
                            (rs, n) -> new PlantedRecords.FoundEvent(rs.getString(2),
                                    rs.getDate(3).toLocalDate(), rs.getString(4),
                                    jdbc.queryForList("select person_id from event_participant where event_id = ?",
                                            Long.class, rs.getLong(1))), id),
                    rank -> personId(cast.people.get(rank).name()),
                    index -> jdbc.queryForObject("select id from party where name = ?", Long.class,
                            cast.parties.get(index).name()),
                    index -> jdbc.queryForObject("select id from outlet where name = ?", Long.class,
                            cast.outlets.get(index).name()));
        }
        assertThat(planted.quotes).isGreaterThan(2 * articles);
        assertThat(planted.quoteRecall()).as(planted.misses.toString()).isGreaterThan(0.9);
        assertThat(planted.claimRecall()).as(planted.misses.toString()).isGreaterThan(0.9);
        assertThat(planted.anonymousRecall()).as(planted.misses.toString()).isGreaterThan(0.9);
        assertThat(planted.eventRecall()).as(planted.misses.toString()).isGreaterThan(0.85);
        // Everyone the articles name was registered: the pipeline met no one new.
        assertThat(extractedPeople()).isEqualTo(extracted);
    }

    private long extractedPeople() {
        return jdbc.queryForObject("select count(*) from person where origin = 'EXTRACTED'", Long.class);
    }

    @Test
    void aLargerRunAddsOnlyTheArticlesTheArchiveLacks() throws InterruptedException {
        long seed = 12;
        archive.generate(20, seed, 2, out);
        List<Map<String, Object>> first = stored(seed);
        assertThat(first).hasSize(20);

        SyntheticArchive.Report larger = archive.generate(32, seed, 2, out);
        assertThat(larger.alreadyStored()).isEqualTo(20);
        assertThat(larger.stored()).isEqualTo(12);
        List<Map<String, Object>> after = stored(seed);
        assertThat(after).hasSize(32);
        assertThat(after.subList(0, 20)).as("the first twenty are untouched").isEqualTo(first);

        SyntheticArchive.Report again = archive.generate(32, seed, 1, out);
        assertThat(again.stored()).isZero();
        assertThat(stored(seed)).isEqualTo(after);
    }

    private List<Map<String, Object>> stored(long seed) {
        return jdbc.queryForList("select external_id, id, version, content_hash from article where feed = ? "
                + "order by external_id", SyntheticArticles.feed(seed));
    }

    private long personId(String name) {
        return jdbc.queryForObject("select min(person_id) from person_alias where alias = ?", Long.class, name);
    }
}
