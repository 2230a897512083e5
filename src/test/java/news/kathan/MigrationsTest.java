package news.kathan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import news.kathan.article.Article;
import news.kathan.article.ArticleRepository;
import news.kathan.article.DateSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Flyway migrations build a schema that Hibernate validates against every entity (ddl-auto=validate makes a
 * mismatch fail the context), and the constraints the data demands are in the database, not only in Java.
 */
@DataJpaTest(properties = "kathan.seeds.enabled=false")
class MigrationsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArticleRepository articles;

    @Test
    void flywayAppliedEveryMigration() {
        Integer failed = jdbc.queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"success\" = false", Integer.class);
        Integer applied = jdbc.queryForObject("select count(*) from \"flyway_schema_history\"", Integer.class);
        assertThat(failed).isZero();
        assertThat(applied).isPositive();
    }

    @Test
    void theSameExternalIdCannotBeStoredTwiceInOneFeed() {
        articles.saveAndFlush(article("same.txt"));
        assertThatThrownBy(() -> articles.saveAndFlush(article("same.txt")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aQuoteMustPointToTheSourceItsKindNames() {
        Article article = articles.saveAndFlush(article("quoted.txt"));
        assertThatThrownBy(() -> jdbc.update("""
                insert into quote (id, article_id, text, language, span_start, span_end, speaker_kind,
                                   speaker_outlet_id, method, confidence)
                values (1, ?, 'x', 'en', 0, 1, 'PERSON', null, 'test', 1)""", article.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anArticleWithoutADateMustSaySo() {
        Article article = articles.saveAndFlush(article("dated.txt"));
        assertThatThrownBy(() -> jdbc.update("update article set date_source = 'HEADER', published_on = null "
                + "where id = ?", article.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static Article article(String externalId) {
        Article article = new Article(Article.SEED_FEED, externalId, Instant.parse("2026-01-24T10:00:00Z"));
        article.revise(new Article.Content("Title", "Body text.", "en", null, DateSource.NONE, null, null, null,
                "hash"), Instant.parse("2026-01-24T10:00:00Z"));
        return article;
    }
}
