package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import news.kathan.api.Cursor;
import news.kathan.api.NodeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Corrections never delete: each replaces the current version of a quote or claim, keeps the old one in its
 * history with who changed it, when and why, and marks the new value as an editor's. Retracted records leave the
 * default results and stay reachable by id and with includeRetracted.
 */
@PartnerApiTest
class CorrectionsTest {

    private static final String QUOTE = """
            query($id: ID!) { node(id: $id) { ... on Quote { id revision status text span { start end }
              speaker { __typename ... on Person { name } ... on AnonymousSource { description } }
              extraction { method confidence }
              article { id body updatedAt outlet { id } }
              history { revision status text span { start end } changedBy changedAt reason
                speaker { __typename ... on Person { name } } extraction { method } } } } }""";

    private static final String CORRECT_CLAIM = """
            mutation($input: CorrectClaimInput!) { correctClaim(input: $input) { claim { id revision status
              source { __typename ... on Person { name } ... on AnonymousSource { description } }
              extraction { method }
              history { revision changedBy reason source { __typename ... on AnonymousSource { description } } }
            } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiKeys keys;

    @Autowired
    WebTestClient http;

    Partners.Writer ians;
    Partners.Writer editor;
    String externalId;
    String surname;
    String quoteId;
    String claimId;
    String speakerId;

    @BeforeEach
    void anArticleOfIans() {
        Partners partners = new Partners(keys, graphQl);
        ians = partners.key(Role.PARTNER, "IANS");
        editor = partners.key(Role.EDITOR, "IANS");
        externalId = "ians/corrections-" + UUID.randomUUID();
        surname = uniqueSurname();
        GraphQlTester.Response ingested = ians.ingest(externalId, IngestArticleTest.RESIGNATION.replace("Tiwari", surname));
        quoteId = ingested.path("ingestArticle.article.quotes.nodes[0].id").entity(String.class).get();
        speakerId = ingested.path("ingestArticle.article.quotes.nodes[0].speaker.id").entity(String.class).get();
        claimId = ingested.path("ingestArticle.article.claims.nodes[0].id").entity(String.class).get();
    }

    /**
     * A page of quotes reads its speakers who are people along with it (AttributedPages); a speaker of another kind,
     * here an outlet an editor gave the words to, is loaded by the speaker's batch load, beside people on the same page.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aPageOfQuotesMixesSpeakersReadWithThePageAndSpeakersLoadedApart() {
        String outletId = quote().path("node.article.outlet.id").entity(String.class).get();
        ians.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "speaker", outletId, "reason", "The agency's own words"))
                .execute().path("correctQuote.quote.revision").entity(Integer.class).isEqualTo(2);
        ians.ingest(externalId + "/next", IngestArticleTest.RESIGNATION.replace("Tiwari", uniqueSurname()));
        String page = """
                query($after: String) { quotes(first: 2, after: $after) { nodes { id
                  speaker { __typename ... on Person { id name } ... on Outlet { id name } } article { id } } } }""";
        String cursor = Cursor.of(NodeId.decode(quoteId).orElseThrow().id() - 1).encode();
        List<Map<String, Object>> nodes = graphQl.document(page).variable("after", cursor).execute().errors().verify()
                .path("quotes.nodes").entityList(Map.class).get().stream().map(node -> (Map<String, Object>) node).toList();
        List<Object> kinds = nodes.stream().map(node -> (Object) ((Map<?, ?>) node.get("speaker")).get("__typename")).toList();
        assertThat(nodes.get(0).get("id")).isEqualTo(quoteId);
        assertThat(((Map<?, ?>) nodes.get(0).get("speaker")).get("id")).isEqualTo(outletId);
        assertThat(kinds.get(0)).isEqualTo("Outlet");
        assertThat(kinds).as("the next article's quote, by a person").containsExactly("Outlet", "Person");
    }

    @Test
    void aNewSpeakerKeepsTheOldOneInTheHistoryWithWhoChangedItAndWhy() {
        String before = quote().path("node.article.updatedAt").entity(String.class).get();
        ians.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "speaker", "Kamla Devi Rathore",
                        "reason", "The words are the district president's"))
                .execute().path("correctQuote.quote.revision").entity(Integer.class).isEqualTo(2);

        GraphQlTester.Response corrected = quote();
        corrected.path("node.speaker.name").entity(String.class).isEqualTo("Kamla Devi Rathore")
                .path("node.extraction.method").entity(String.class).isEqualTo("EDITOR")
                .path("node.extraction.confidence").entity(Double.class).isEqualTo(1.0)
                .path("node.history").entityList(Object.class).hasSize(1)
                .path("node.history[0].revision").entity(Integer.class).isEqualTo(1)
                .path("node.history[0].speaker.name").entity(String.class)
                .satisfies(name -> assertThat(name).endsWith(surname))
                .path("node.history[0].extraction.method").entity(String.class)
                .satisfies(method -> assertThat(method).isNotEqualTo("EDITOR"))
                .path("node.history[0].changedBy").entity(String.class).isEqualTo(ians.name())
                .path("node.history[0].reason").entity(String.class).isEqualTo("The words are the district president's")
                .path("node.history[0].changedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank());
        // A correction is a change of the article for those who follow changes (articles(updatedSince:)).
        corrected.path("node.article.updatedAt").entity(String.class)
                .satisfies(after -> assertThat(Instant.parse(after)).isAfter(Instant.parse(before)));
    }

    @Test
    void aNewSpanMustBeTheQuotedWordsInTheBody() {
        GraphQlTester.Response original = quote();
        String body = original.path("node.article.body").entity(String.class).get();
        int start = original.path("node.span.start").entity(Integer.class).get();
        int end = original.path("node.span.end").entity(Integer.class).get();
        // Narrow the quote to its first clause, as an editor would when the machine took too much.
        int comma = body.indexOf(',', start);
        assertThat(comma).isBetween(start + 1, end - 1);

        ians.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "span", Map.of("start", start, "end", comma)))
                .execute().path("correctQuote.quote.revision").entity(Integer.class).isEqualTo(2);

        quote().path("node.text").entity(String.class).isEqualTo(body.substring(start, comma))
                .path("node.span.end").entity(Integer.class).isEqualTo(comma)
                .path("node.history[0].text").entity(String.class).isEqualTo(body.substring(start, end))
                .path("node.history[0].span.end").entity(Integer.class).isEqualTo(end);
    }

    @Test
    void aRetractedQuoteLeavesTheDefaultResultsButKeepsItsHistoryAndCanBeRestored() {
        String speakerQuotes = """
                query($speaker: String!, $id: ID!, $all: Boolean) {
                  quotes(filter: {speaker: $speaker, includeRetracted: $all}) { nodes { id status } }
                  node(id: $id) { ... on Person { quotes { nodes { id } } } } }""";
        editor.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "retract", true, "reason", "Misattributed"))
                .execute().path("correctQuote.quote.status").entity(String.class).isEqualTo("RETRACTED");

        graphQl.document(speakerQuotes).variable("speaker", speakerId).variable("id", speakerId).execute()
                .path("quotes.nodes[*].id").entityList(String.class).doesNotContain(quoteId)
                .path("node.quotes.nodes[*].id").entityList(String.class).doesNotContain(quoteId);
        graphQl.document(speakerQuotes).variable("speaker", speakerId).variable("id", speakerId).variable("all", true).execute()
                .path("quotes.nodes[?(@.id == '" + quoteId + "')].status").entityList(String.class)
                .containsExactly("RETRACTED");
        quote().path("node.status").entity(String.class).isEqualTo("RETRACTED")
                .path("node.history[0].status").entity(String.class).isEqualTo("ACTIVE")
                .path("node.history[0].changedBy").entity(String.class).isEqualTo(editor.name());

        editor.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "retract", false)).execute()
                .path("correctQuote.quote.revision").entity(Integer.class).isEqualTo(3);
        graphQl.document(speakerQuotes).variable("speaker", speakerId).variable("id", speakerId).execute()
                .path("quotes.nodes[*].id").entityList(String.class).contains(quoteId);
        quote().path("node.history[*].revision").entityList(Integer.class).containsExactly(2, 1);
    }

    @Test
    void aCorrectionThatChangesNothingAddsNoRevision() {
        ians.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "speaker", speakerId, "retract", false)).execute()
                .path("correctQuote.quote.revision").entity(Integer.class).isEqualTo(1);
        quote().path("node.history").entityList(Object.class).hasSize(0);
    }

    @Test
    void aClaimCorrectedFromAnAnonymousSourceToAPersonKeepsTheAnonymousOneInItsHistory() {
        ians.graphQl().document(CORRECT_CLAIM)
                .variable("input", Map.of("claimId", claimId, "source", speakerId, "reason", "He said it himself"))
                .execute()
                .path("correctClaim.claim.revision").entity(Integer.class).isEqualTo(2)
                .path("correctClaim.claim.source.__typename").entity(String.class).isEqualTo("Person")
                .path("correctClaim.claim.source.name").entity(String.class)
                .satisfies(name -> assertThat(name).endsWith(surname))
                .path("correctClaim.claim.extraction.method").entity(String.class).isEqualTo("EDITOR")
                .path("correctClaim.claim.history[0].source.__typename").entity(String.class)
                .isEqualTo("AnonymousSource")
                .path("correctClaim.claim.history[0].source.description").entity(String.class)
                .satisfies(description -> assertThat(description).containsIgnoringCase("sources close to"))
                .path("correctClaim.claim.history[0].changedBy").entity(String.class).isEqualTo(ians.name());
    }

    @Test
    void aNewVersionOfTheArticleKeepsWhatAnEditorCorrected() {
        ians.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "speaker", "Kamla Devi Rathore")).execute()
                .path("correctQuote.quote.revision").entity(Integer.class).isEqualTo(2);

        String revised = IngestArticleTest.RESIGNATION.replace("Tiwari", surname)
                + "\nHe will address a meeting of farmers in Sehore on Friday.\n";
        ians.ingest(externalId, revised).path("ingestArticle.article.version").entity(Integer.class).isEqualTo(2);

        GraphQlTester.Response kept = quote();
        kept.path("node.speaker.name").entity(String.class).isEqualTo("Kamla Devi Rathore")
                .path("node.revision").entity(Integer.class).isEqualTo(2)
                .path("node.history[0].speaker.name").entity(String.class)
                .satisfies(name -> assertThat(name).endsWith(surname));
        String body = kept.path("node.article.body").entity(String.class).get();
        int start = kept.path("node.span.start").entity(Integer.class).get();
        int end = kept.path("node.span.end").entity(Integer.class).get();
        assertThat(kept.path("node.text").entity(String.class).get()).isEqualTo(body.substring(start, end));
        // The machine does not find the corrected quote a second time under its old speaker.
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Person { quotes { totalCount } } } }")
                .variable("id", speakerId).execute()
                .path("node.quotes.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void aRetractedQuoteIsGoneFromItsJsonLdDocumentAndFromItsArticles() {
        String article = quote().path("node.article.id").entity(String.class).get();
        http.get().uri("/ld/articles/" + article).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.hasPart[*]['@id']").value(List.class,
                        parts -> assertThat(parts.toString()).contains(quoteId));
        editor.graphQl().document(AuthorizationTest.CORRECT_QUOTE)
                .variable("input", Map.of("quoteId", quoteId, "retract", true)).execute()
                .path("correctQuote.quote.status").entity(String.class).isEqualTo("RETRACTED");

        http.get().uri("/ld/quotes/" + quoteId).exchange().expectStatus().isEqualTo(410)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo("RETRACTED");
        http.get().uri("/ld/articles/" + article).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.hasPart[*]['@id']").value(List.class,
                        parts -> assertThat(parts.toString()).doesNotContain(quoteId));
    }

    private GraphQlTester.Response quote() {
        return graphQl.document(QUOTE).variable("id", quoteId).execute();
    }

    /** A surname of its own per test, so that each test's speaker is a person no other test touches. */
    static String uniqueSurname() {
        List<String> syllables = List.of("ka", "ra", "va", "ni", "lo", "shu", "de", "ma", "ti", "pa", "go", "sa");
        var random = java.util.concurrent.ThreadLocalRandom.current();
        // Four different syllables: a name like "Sasapapa" folds to the consonants of a party's abbreviation
        // (सपा, "sp"), a collision of the name keys that real surnames do not run into.
        List<String> shuffled = new java.util.ArrayList<>(syllables);
        java.util.Collections.shuffle(shuffled, random);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append(shuffled.get(i));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
