package news.kathan.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import news.kathan.article.DateSource;
import news.kathan.ingest.Seeds;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    private ParsedArticle read(String seed) {
        return reader.read(Seeds.text(seed), null);
    }

    @Test
    void theHeaderDateIsThePublicationDateAndIsNotPartOfTheBody() {
        ParsedArticle article = read(Seeds.RESIGNATION_HINDI);
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2026, 1, 24));
        assertThat(article.dateSource()).isEqualTo(DateSource.HEADER);
        assertThat(article.body()).startsWith("यूपी कांग्रेस को यूपी दिवस").doesNotContain("date 2026");
        assertThat(article.language()).isEqualTo("hi");
    }

    @Test
    void anArticlePrintedWithoutATitleIsTitledByItsOpening() {
        ParsedArticle article = read(Seeds.RESIGNATION_HINDI);
        assertThat(article.title()).startsWith("यूपी कांग्रेस को यूपी दिवस के दिन").hasSizeLessThanOrEqualTo(161);
        assertThat(article.body()).startsWith(article.title().replace("…", ""));
    }

    @Test
    void bylinesCreditsDateLinesAndBreadcrumbsAreMetadataNotBody() {
        ParsedArticle article = read(Seeds.INTERVIEW_HINDI);
        assertThat(article.title()).isEqualTo(
                "कांग्रेस से इस्तीफा देने के बाद नसीमुद्दीन सिद्दीकी का बड़ा बयान, बोले- ‘मुझे सम्मान नहीं चाहिए, काम चाहिए’");
        assertThat(article.byline()).isEqualTo("Avaneesh Kumar Mishra");
        assertThat(article.body())
                .doesNotContain("PC- IANS", "Updated on", "Published on", "Hindi News /", "Avaneesh", "Jan 24, 2026",
                        "24 जनवरी 2026,")
                .doesNotContainPattern("(?m)^image$")
                .contains("लखनऊ : उत्तर प्रदेश में साल 2027", "मुझे सम्मान नहीं चाहिए, मुझे काम चाहिए।");
    }

    @Test
    void anOutletNamedAfterTheTitleIsTakenOffTheTitle() {
        ParsedArticle article = read(Seeds.AGENCY_ENGLISH);
        assertThat(article.title()).isEqualTo(
                "Former Uttar Pradesh minister Naseemuddin Siddiqui resigns from the Congress with dozens of supporters");
        assertThat(article.outletNames()).containsExactly("IANS");
        assertThat(article.body()).startsWith("Lucknow, Jan 24: Former Uttar Pradesh minister");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void aBodyPrintedTwiceIsStoredOnceAndTheTeaserIsDropped() {
        ParsedArticle article = read(Seeds.PRINTED_TWICE_HINDI);
        String body = article.body();
        String opening = "कानपुर में कांग्रेस के भीतर चल रही अंतर्कलह";
        assertThat(body.indexOf(opening)).isEqualTo(body.lastIndexOf(opening)).isGreaterThanOrEqualTo(0);
        assertThat(body).doesNotContain("यह खबर भी पढ़ें", "पत्नी बोली", "आत्महत्या", "पूरी खबर पढ़ें", "दैनिक भास्कर")
                .endsWith("इसके बाद कांग्रेसी नाराज होकर चले गए थे।");
        assertThat(article.title()).startsWith("सोनिया-राहुल के सामने कानपुर के नेता ने किया एक्सपोज");
        assertThat(article.outletNames()).containsExactly("दैनिक भास्कर");
    }

    @Test
    void noDateIsInventedWhenTheTextGivesNone() {
        ParsedArticle article = read(Seeds.PRINTED_TWICE_HINDI);
        assertThat(article.publishedOn()).isNull();
        assertThat(article.dateSource()).isEqualTo(DateSource.NONE);
    }

    @Test
    void aPublishedOnLineDatesAnArticleWithoutAHeader() {
        ParsedArticle article = reader.read("""
                Some headline about a rally

                Published on:

                12 Mar 2025 10:15 am

                Patna: The rally was held on Monday. "We will win," she said.
                """, null);
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(article.dateSource()).isEqualTo(DateSource.PUBLISHED_LINE);
        assertThat(article.body()).isEqualTo("Patna: The rally was held on Monday. \"We will win,\" she said.");
    }

    @Test
    void aDatelineTakesItsYearFromAFullDateInTheArticle() {
        ParsedArticle article = reader.read("""
                Lucknow, Jan 24: The leader resigned on Saturday.

                Leader resigns pic.twitter.com/abc — IANS (@ians_india) January 24, 2026
                """, null);
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2026, 1, 24));
        assertThat(article.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void aDatelineWithoutAnyYearInTheArticleGivesNoDate() {
        ParsedArticle article = reader.read("Lucknow, Jan 24: The leader resigned on Saturday.", null);
        assertThat(article.publishedOn()).isNull();
    }

    @Test
    void aDateGivenByThePartnerWins() {
        ParsedArticle article = reader.read(Seeds.text(Seeds.RESIGNATION_HINDI), LocalDate.of(2026, 1, 25));
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2026, 1, 25));
        assertThat(article.dateSource()).isEqualTo(DateSource.PROVIDED);
    }

    @Test
    void anAlsoReadInRunningTextIsNotATeaser() {
        ParsedArticle article = reader.read("He said voters can also read the manifesto online. It was long.", null);
        assertThat(article.body()).contains("also read the manifesto");
    }
}
