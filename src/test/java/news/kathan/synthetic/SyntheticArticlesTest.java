package news.kathan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import news.kathan.ingest.ReferenceLists;
import news.kathan.ingest.extract.Directory;
import news.kathan.ingest.extract.ExtractedArticle;
import news.kathan.ingest.extract.Extractor;
import news.kathan.ingest.extract.ReferenceDirectory;
import news.kathan.ingest.read.ArticleReader;
import news.kathan.source.SourceKind;
import news.kathan.text.NameKeys;
import news.kathan.text.Scripts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The text generator alone, without Spring: determinism, the spread of what it writes, and how well it reads. */
class SyntheticArticlesTest {

    private static final int ARTICLES = 1000;

    static ReferenceLists reference;
    static Cast cast;
    static SyntheticArticles writer;
    static List<ArticlePlan> plans;

    @BeforeAll
    static void write() {
        reference = ReferenceLists.read(new ClassPathResource("seeds/reference/"));
        cast = Cast.invent(1, SyntheticArticles.population(ARTICLES), reference);
        writer = new SyntheticArticles(1, cast);
        plans = IntStream.range(0, ARTICLES).mapToObj(writer::write).toList();
    }

    @Test
    void anArticleDependsOnlyOnTheSeedAndItsNumber() {
        Cast larger = Cast.invent(1, SyntheticArticles.population(5 * ARTICLES), reference);
        assertThat(larger.people.subList(0, cast.people.size())).isEqualTo(cast.people);
        SyntheticArticles again = new SyntheticArticles(1, larger);
        for (int i : new int[] {0, 1, 17, ARTICLES - 1}) {
            assertThat(again.write(i)).isEqualTo(plans.get(i));
        }
        SyntheticArticles otherSeed = new SyntheticArticles(2, Cast.invent(2, cast.people.size(), reference));
        assertThat(otherSeed.write(0).text()).isNotEqualTo(plans.get(0).text());
        assertThat(plans.stream().map(ArticlePlan::text).distinct().count()).isEqualTo(ARTICLES);
    }

    @Test
    void sixInTenArticlesAreInEnglishAndTheRestInHindi() {
        double hindi = plans.stream().filter(p -> p.language().equals("hi")).count() / (double) ARTICLES;
        assertThat(hindi).isBetween(0.36, 0.44);
        for (ArticlePlan plan : plans.subList(0, 50)) {
            String body = plan.text().substring(plan.text().indexOf("\n"));
            assertThat(Scripts.language(body)).as(plan.text()).isEqualTo(plan.language());
        }
    }

    @Test
    void everyArticleHasQuotesClaimsAnonymousSourcesAndAnEventOverTenYears() {
        for (ArticlePlan plan : plans) {
            assertThat(plan.quotes()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(plan.claims()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(plan.claims()).anyMatch(c -> c.kind() == SourceKind.ANONYMOUS);
            assertThat(plan.events()).isNotEmpty();
        }
        long claims = plans.stream().mapToLong(p -> p.claims().size()).sum();
        long anonymous = plans.stream().flatMap(p -> p.claims().stream()).filter(c -> c.kind() == SourceKind.ANONYMOUS)
                .count();
        assertThat(anonymous / (double) claims).isBetween(0.3, 0.5);
        assertThat(plans.stream().flatMap(p -> p.claims().stream()).map(ArticlePlan.Claim::kind).distinct())
                .containsExactlyInAnyOrder(SourceKind.values());
        assertThat(plans.stream().map(p -> p.publishedOn().getYear()).distinct()).hasSize(10);
        assertThat(plans.stream().map(ArticlePlan::outlet).distinct().count()).isGreaterThan(40);
    }

    @Test
    void aFewPeopleAreQuotedOftenAndMostRarely() {
        Map<Integer, Long> bySpeaker = plans.stream().flatMap(p -> p.quotes().stream())
                .collect(Collectors.groupingBy(ArticlePlan.Quote::speaker, Collectors.counting()));
        List<Long> counts = bySpeaker.values().stream().sorted(Comparator.reverseOrder()).toList();
        long all = counts.stream().mapToLong(Long::longValue).sum();
        assertThat(counts.get(0) / (double) all).as("the most quoted person's share").isBetween(0.08, 0.25);
        assertThat(counts.get(0)).isGreaterThan(10 * counts.get(counts.size() / 2));
        assertThat(bySpeaker).hasSizeGreaterThan(cast.people.size() / 2);
    }

    @Test
    void everyoneHasANameInEachScriptAndSpellingsThatResolveToThem() {
        assertThat(cast.people).hasSize(SyntheticArticles.population(ARTICLES));
        Map<String, Integer> owners = new HashMap<>();
        for (Cast.Person person : cast.people) {
            assertThat(Scripts.hasDevanagari(person.name())).isFalse();
            assertThat(person.devanagari()).matches("[\\u0900-\\u097F ]+");
            String key = NameKeys.of(person.name());
            assertThat(NameKeys.of(person.devanagari())).isEqualTo(key);
            for (String alias : Stream.concat(Stream.of(person.name(), person.devanagari()),
                    person.aliases().stream()).toList()) {
                assertThat(NameKeys.of(alias)).as(alias).isEqualTo(key);
                Integer owner = owners.putIfAbsent(alias, person.rank());
                assertThat(owner == null || owner == person.rank()).as(alias + " is one person's").isTrue();
            }
        }
        assertThat(owners.keySet().stream().map(NameKeys::of).distinct().count()).isEqualTo(cast.people.size());
        assertThat(cast.people.stream().filter(p -> !p.variants().isEmpty()).count())
                .isGreaterThan(cast.people.size() / 2);
        assertThat(cast.people.stream().filter(Cast.Person::female).count()).isGreaterThan(cast.people.size() / 6);
    }

    @Test
    void theExtractorFindsWhatWasPlanted() {
        ReferenceLists registered = cast.registration(cast.people.size());
        ReferenceLists all = new ReferenceLists(reference.parties(),
                concat(reference.people(), registered.people()), concat(reference.outlets(), registered.outlets()));
        Directory directory = ReferenceDirectory.of(all);
        List<String> partyNames = reference.parties().stream().map(ReferenceLists.PartyEntry::name).toList();
        Extractor extractor = new Extractor(directory);
        ArticleReader reader = new ArticleReader();
        PlantedRecords planted = new PlantedRecords();
        for (ArticlePlan plan : plans.subList(0, 200)) {
            ExtractedArticle extracted = extractor.extract(reader.read(plan.text(), null));
            String body = extracted.article().body();
            assertThat(extracted.article().publishedOn()).isEqualTo(plan.publishedOn());
            planted.add(plan,
                    extracted.quotes().stream().map(q -> new PlantedRecords.Found(body.substring(q.start(), q.end()),
                            q.speaker().kind().name(), q.speaker().id())).toList(),
                    extracted.claims().stream().map(c -> new PlantedRecords.Found(body.substring(c.start(), c.end()),
                            c.source().kind().name(), c.source().id())).toList(),
                    extracted.events().stream().map(e -> new PlantedRecords.FoundEvent(e.kind().name(), e.date(),
                            e.precision().name(), e.participants())).toList(),
                    rank -> reference.people().size() + rank + 1L,
                    index -> partyNames.indexOf(cast.parties.get(index).name()) + 1L,
                    index -> index + 1L);
            assertThat(extracted.names().newPeople()).as(plan.text()).isEmpty();
        }
        String report = planted + "; missed " + planted.misses;
        assertThat(planted.quoteRecall()).as(report).isGreaterThan(0.97);
        assertThat(planted.claimRecall()).as(report).isGreaterThan(0.97);
        assertThat(planted.anonymousRecall()).as(report).isGreaterThan(0.97);
        assertThat(planted.eventRecall()).as(report).isGreaterThan(0.97);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
