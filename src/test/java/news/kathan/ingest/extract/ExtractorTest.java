package news.kathan.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import news.kathan.event.DatePrecision;
import news.kathan.event.EventKind;
import news.kathan.ingest.ReferenceLists;
import news.kathan.ingest.read.ArticleReader;
import news.kathan.source.SourceKind;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The extraction rules one by one, on sentences written for these tests (not taken from the seeds), in the ways
 * Hindi and English reports phrase them.
 */
class ExtractorTest {

    private static final Directory DIRECTORY =
            ReferenceDirectory.of(ReferenceLists.read(new ClassPathResource("seeds/reference/")));
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    private static ExtractedArticle extract(String body) {
        return extract(body, MONDAY);
    }

    private static ExtractedArticle extract(String body, LocalDate published) {
        String header = published == null ? "" : " date " + published + " ";
        return new Extractor(DIRECTORY).extract(new ArticleReader().read(header + body, null));
    }

    private static String text(ExtractedArticle article, int start, int end) {
        return article.article().body().substring(start, end);
    }

    private static String speakerName(ExtractedArticle article, Source source) {
        if (source.kind() != SourceKind.PERSON) {
            return source.kind() + ":" + source.description();
        }
        return source.id() > 0 ? DIRECTORY.get(EntityKind.PERSON, source.id()).orElseThrow().name()
                : article.names().newPeople().get(source.id());
    }

    private static List<String> quotes(ExtractedArticle article) {
        return article.quotes().stream()
                .map(q -> speakerName(article, q.speaker()) + ": " + text(article, q.start(), q.end())).toList();
    }

    private static List<String> claims(ExtractedArticle article) {
        return article.claims().stream()
                .map(c -> speakerName(article, c.source()) + ": " + text(article, c.start(), c.end())).toList();
    }

    @Test
    void englishQuotesAreAttributedBeforeOrAfterAndThroughPronouns() {
        ExtractedArticle article = extract("""
                Patna: Senior leader Ramesh Kumar Verma spoke to reporters on Monday.

                "We will fight every seat in Bihar," he said. "Nobody can stop us now."

                Ramesh Kumar Verma said: "The alliance is over."

                "It was a long time coming," said Ramesh Kumar Verma.""");
        assertThat(quotes(article)).containsExactly(
                "Ramesh Kumar Verma: We will fight every seat in Bihar",
                "Ramesh Kumar Verma: Nobody can stop us now.",
                "Ramesh Kumar Verma: The alliance is over.",
                "Ramesh Kumar Verma: It was a long time coming");
    }

    @Test
    void aQuoteWithoutAnyoneToAttributeItToIsDropped() {
        assertThat(extract("The hall was called the \"house of the people\" by many.").quotes()).isEmpty();
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        ExtractedArticle article = extract("Akhilesh Yadav said the party’s workers don’t agree. He said, ‘We won’t quit.’");
        assertThat(quotes(article)).containsExactly("Akhilesh Yadav: We won’t quit.");
    }

    @Test
    void hindiQuotesAreAttributedThroughNeAndBole() {
        ExtractedArticle article = extract("""
                भोपाल में विधायक सुरेश चंद्र यादव ने पत्रकारों से बात की। उन्होंने कहा, "हम हर सीट पर लड़ेंगे।"

                अखिलेश यादव बोले- 'जनता सब देख रही है'""");
        assertThat(quotes(article)).containsExactly(
                "सुरेश चंद्र यादव: हम हर सीट पर लड़ेंगे।",
                "Akhilesh Yadav: जनता सब देख रही है");
    }

    @Test
    void hindiSpeechWithoutMarksIsAQuoteInTheFirstPersonAndAClaimInTheThird() {
        ExtractedArticle article = extract("""
                पूर्व मंत्री दिनेश प्रताप सिंह ने कहा कि मैं पार्टी नहीं छोड़ूंगा। मेरा परिवार भी यहीं रहेगा।

                दिनेश प्रताप सिंह ने कहा कि वे अगले चुनाव में खड़े नहीं होंगे।""");
        assertThat(quotes(article)).containsExactly(
                "दिनेश प्रताप सिंह: मैं पार्टी नहीं छोड़ूंगा। मेरा परिवार भी यहीं रहेगा।");
        assertThat(claims(article)).containsExactly("दिनेश प्रताप सिंह: वे अगले चुनाव में खड़े नहीं होंगे।");
    }

    @Test
    void anonymousSourcesMakeClaimsWithTheirPartyWhenStated() {
        ExtractedArticle article = extract("""
                Sources in the Bihar BJP said that the candidate list would be out soon.

                "The chief minister has already decided," a senior SP leader told PTI.

                सूत्रों के मुताबिक, पार्टी जल्द ही नया अध्यक्ष चुनेगी।""");
        assertThat(claims(article)).containsExactly(
                "ANONYMOUS:Sources in the Bihar BJP: the candidate list would be out soon.",
                "ANONYMOUS:a senior SP leader: The chief minister has already decided",
                "ANONYMOUS:सूत्रों: पार्टी जल्द ही नया अध्यक्ष चुनेगी।");
        assertThat(article.claims().get(0).source().affiliationPartyId())
                .isEqualTo(DIRECTORY.named(EntityKind.PARTY, "BJP").get(0).id());
        assertThat(article.claims().get(1).source().affiliationPartyId())
                .isEqualTo(DIRECTORY.named(EntityKind.PARTY, "SP").get(0).id());
    }

    @Test
    void namedIndirectSpeechIsAClaimOfTheSpeaker() {
        ExtractedArticle article = extract("Akhilesh Yadav claimed that the government had failed the farmers.");
        assertThat(claims(article)).containsExactly("Akhilesh Yadav: the government had failed the farmers.");
    }

    @Test
    void embeddedPostsCarryTheAgencyAndLoseTheirTail() {
        ExtractedArticle article = extract("""
                Lucknow: After the meeting, Akhilesh Yadav says, "We are ready for the polls and we will… pic.twitter.com/Ab12Cd — PTI (@PTI_News) March 3, 2025""");
        assertThat(article.quotes()).singleElement().satisfies(q -> {
            assertThat(text(article, q.start(), q.end())).isEqualTo("We are ready for the polls and we will");
            assertThat(q.viaOutletId()).isEqualTo(DIRECTORY.named(EntityKind.OUTLET, "PTI").get(0).id());
        });
    }

    @Test
    void weekdaysResolveByTense() {
        ExtractedArticle article = extract("""
                The Congress leader resigned on Saturday. The party will hold a rally in Gaya on Sunday.""",
                LocalDate.of(2025, 3, 5));
        assertThat(article.events()).extracting(FoundEvent::kind, FoundEvent::date)
                .contains(org.assertj.core.groups.Tuple.tuple(EventKind.RALLY, LocalDate.of(2025, 3, 9)));
    }

    @Test
    void explicitDatesInHindiAndYearsInContextGiveDatedEvents() {
        ExtractedArticle article = extract("""
                अखिलेश यादव ने 12 मार्च, 2024 को लखनऊ में बैठक की। वे 2012 में मुख्यमंत्री बने और 2017 के विधानसभा चुनाव में हार गए।""");
        assertThat(article.events()).extracting(FoundEvent::kind, FoundEvent::date, FoundEvent::precision)
                .contains(org.assertj.core.groups.Tuple.tuple(EventKind.MEETING, LocalDate.of(2024, 3, 12), DatePrecision.DAY),
                        org.assertj.core.groups.Tuple.tuple(EventKind.ELECTION, LocalDate.of(2017, 1, 1), DatePrecision.YEAR));
    }

    @Test
    void aWindowOfDaysIsAnEventWithAnEnd() {
        ExtractedArticle article = extract("पार्टी अगले 2 से 3 दिनों में बैठक करेगी।");
        assertThat(article.events()).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(MONDAY.plusDays(1));
            assertThat(e.until()).isEqualTo(MONDAY.plusDays(3));
        });
    }

    @Test
    void nothingRelativeIsDatedWithoutAPublicationDate() {
        assertThat(extract("The party held a rally on Sunday and a meeting yesterday.", null).events()).isEmpty();
        assertThat(extract("The party held a rally on March 2, 2025.", null).events())
                .extracting(FoundEvent::date).containsExactly(LocalDate.of(2025, 3, 2));
    }

    @Test
    void hypotheticalAndTopicOnlyEventsAreNotEvents() {
        assertThat(extract("He may join the BJP on Sunday. Leaders met regarding the rally on Monday.").events())
                .extracting(FoundEvent::kind).doesNotContain(EventKind.JOINING, EventKind.RALLY);
    }

    @Test
    void eachTriggerTakesTheDateOnItsOwnSide() {
        ExtractedArticle article = extract("Mayawati, who had been expelled from the party in 2003, had joined the BSP in 1984.");
        assertThat(article.events()).extracting(FoundEvent::kind, FoundEvent::date).contains(
                org.assertj.core.groups.Tuple.tuple(EventKind.EXPULSION, LocalDate.of(2003, 1, 1)),
                org.assertj.core.groups.Tuple.tuple(EventKind.JOINING, LocalDate.of(1984, 1, 1)));
    }

    @Test
    void aOneLetterTypoIsTheSamePersonOnlyWithEvidence() {
        ExtractedArticle withFullName = extract("अखिलेश यादव ने सभा की। बाद में अखिलेश यादत ने कहा कि सब ठीक है।");
        assertThat(withFullName.names().mentions()).filteredOn(m -> m.how().equals("TYPO")).hasSize(1);
        ExtractedArticle withoutIt = extract("बाद में अखिलेश यादत ने कहा कि सब ठीक है।");
        assertThat(withoutIt.names().mentions()).filteredOn(m -> m.how().equals("TYPO")).isEmpty();
    }

    @Test
    void newPeopleAreFoundByTheirPlaceInTheSentence() {
        ExtractedArticle article = extract("""
                कांग्रेस कार्यकर्ता गौरव कुमार शुक्ला से बहस हुई। जिलाध्यक्ष मनोज कुमार तिवारी ने कहा कि बैठक होगी।
                BJP leader Suresh Pandey said the alliance was strong.""");
        assertThat(article.names().newPeople().values())
                .containsExactlyInAnyOrder("गौरव कुमार शुक्ला", "मनोज कुमार तिवारी", "Suresh Pandey");
    }

    @Test
    void aSurnameAloneIsTheLatestPersonNamedInFullWithIt() {
        ExtractedArticle article = extract("Rahul Gandhi met Sonia Gandhi. Gandhi said the meeting went well.");
        NameMention partial = article.names().mentions().stream().filter(m -> m.how().equals("PARTIAL"))
                .findFirst().orElseThrow();
        assertThat(DIRECTORY.get(EntityKind.PERSON, partial.id()).orElseThrow().name()).isEqualTo("Sonia Gandhi");
    }

    @Test
    void initialsPrintedOnePerWordAreThePersonNamedInFullAndAnOpeningAdverbIsNoName() {
        ExtractedArticle article = extract("""
                Bhopal: Farmers' leader Gopal Krishna Mehrotra resigned from the Lok Kalyan Manch on Monday.

                "We are leaving," G K Mehrotra said at his residence.

                Later Mehrotra said in a statement that the party had failed farmers.
                """);
        assertThat(article.names().newPeople().values()).containsExactly("Gopal Krishna Mehrotra");
        assertThat(quotes(article)).containsExactly("Gopal Krishna Mehrotra: We are leaving");
        assertThat(claims(article)).containsExactly("Gopal Krishna Mehrotra: the party had failed farmers.");
    }
}
