package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@ApiTest
class EventQueriesTest {

    private static final String EVENTS = """
            query($on: Date, $from: Date, $to: Date, $kind: EventKind, $participant: String, $first: Int, $after: String) {
              events(filter: {on: $on, from: $from, to: $to, kind: $kind, participant: $participant},
                     first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { id kind date precision participants { name } mentions { article { sourceName } } }
              }
            }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> events(Map<String, Object> variables) {
        var request = graphQl.document(EVENTS).variable("first", 100);
        for (var entry : variables.entrySet()) {
            request = request.variable(entry.getKey(), entry.getValue());
        }
        return request.execute().errors().verify().path("events.nodes").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
    }

    @Test
    void theResignationIsOnItsDayAndMentionedByTheArticlesThatReportIt() {
        List<Map<String, Object>> onTheDay = events(Map.of("on", "2026-01-24"));
        Map<String, Object> resignation = onTheDay.stream().filter(e -> e.get("kind").equals("RESIGNATION"))
                .findFirst().orElseThrow();
        assertThat(resignation.get("precision")).isEqualTo("DAY");
        assertThat(resignation.get("participants")).isEqualTo(List.of(Map.of("name", "Naseemuddin Siddiqui")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> mentions = (List<Map<String, Object>>) resignation.get("mentions");
        assertThat(mentions.stream().map(m -> m.get("article")).distinct().count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anEventOfAYearMatchesAnyDayOfThatYear() {
        assertThat(events(Map.of("on", "2017-05-10")))
                .anySatisfy(e -> {
                    assertThat(e.get("kind")).isEqualTo("EXPULSION");
                    assertThat(e.get("precision")).isEqualTo("YEAR");
                    assertThat(e.get("date")).isEqualTo("2017-01-01");
                })
                .allSatisfy(e -> assertThat((String) e.get("date")).startsWith("2017"));
    }

    @Test
    void aRangeMatchesEventsThatOverlapIt() {
        List<Map<String, Object>> events = events(Map.of("from", "2018-06-01", "to", "2019-06-30"));
        assertThat(events).extracting(e -> e.get("date")).contains("2018-01-01", "2019-01-01")
                .doesNotContain("2017-01-01", "2026-01-24");
    }

    @Test
    void kindAndParticipantFiltersNarrowTheEvents() {
        assertThat(events(Map.of("kind", "ELECTION"))).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("kind")).isEqualTo("ELECTION"));
        List<Map<String, Object>> hisEvents = events(Map.of("participant", "नसीमुद्दीन सिद्दीकी"));
        assertThat(hisEvents).extracting(e -> e.get("kind")).contains("RESIGNATION", "JOINING", "EXPULSION");
        assertThat(events(Map.of("participant", "Nasimuddin Siddiqui"))).hasSameSizeAs(hisEvents);
    }

    @Test
    void eventsComeInDateOrderAcrossPages() {
        List<Object> dates = new java.util.ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var response = graphQl.document(EVENTS).variable("first", 3).variable("after", after).execute();
            dates.addAll(response.path("events.nodes[*].date").entityList(String.class).get());
            more = response.path("events.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = response.path("events.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(dates).isSortedAccordingTo((a, b) -> ((String) a).compareTo((String) b)).hasSizeGreaterThan(5);
    }
}
