package news.kathan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seeds as loaded at start-up: what the archive holds, and that loading again changes nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SeedIngestionTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArticleIngestion ingestion;

    @Test
    void everySeedIsStoredWithItsRecords() {
        assertThat(count("select count(*) from article")).isEqualTo(5);
        assertThat(count("select count(*) from quote")).isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from claim")).isGreaterThanOrEqualTo(15);
        assertThat(count("select count(*) from event")).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theResignationIsOneEventMentionedByEveryArticleThatReportsIt() {
        List<Map<String, Object>> resignations = jdbc.queryForList("""
                select e.id, count(distinct m.article_id) articles from event e
                join event_mention m on m.event_id = e.id
                where e.kind = 'RESIGNATION' and e.event_date = ? group by e.id""", LocalDate.of(2026, 1, 24));
        assertThat(resignations).hasSize(1);
        assertThat(((Number) resignations.get(0).get("articles")).intValue()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void quotesOfOnePersonComeFromSeveralArticlesInBothLanguages() {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select q.language, count(distinct q.article_id) articles from quote q
                join person_alias a on a.person_id = q.speaker_person_id
                where a.alias = 'नसीमुद्दीन सिद्दीकी' group by q.language""");
        assertThat(rows).extracting(r -> r.get("language")).containsExactlyInAnyOrder("hi", "en");
        assertThat(rows.stream().mapToInt(r -> ((Number) r.get("articles")).intValue()).sum()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void everySpanIsTheTextItClaims() {
        List<Map<String, Object>> mismatches = jdbc.queryForList("""
                select q.id from quote q join article a on a.id = q.article_id
                where substring(a.body, q.span_start + 1, q.span_end - q.span_start) <> q.text
                union all
                select c.id from claim c join article a on a.id = c.article_id
                where substring(a.body, c.span_start + 1, c.span_end - c.span_start) <> c.text""");
        assertThat(mismatches).isEmpty();
    }

    @Test
    void ingestingASeedAgainChangesNothing() {
        int quotes = count("select count(*) from quote");
        IngestResult again = ingestion.ingest(IngestRequest.seed(Seeds.AGENCY_ENGLISH, Seeds.text(Seeds.AGENCY_ENGLISH)));
        assertThat(again.changed()).isFalse();
        assertThat(count("select count(*) from quote")).isEqualTo(quotes);
        assertThat(count("select count(*) from article")).isEqualTo(5);
    }

    @Test
    void theArticleWithoutADateHasNone() {
        assertThat(jdbc.queryForObject("select count(*) from article where external_id = ? and published_on is null",
                Integer.class, Seeds.PRINTED_TWICE_HINDI)).isEqualTo(1);
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
