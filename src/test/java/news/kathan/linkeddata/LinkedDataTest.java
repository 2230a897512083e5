package news.kathan.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Articles, quotes and claims as schema.org JSON-LD: the documents agree with the GraphQL API, link to each other
 * by URLs that resolve, and an id that names nothing is a 404 problem document.
 */
@ApiTest
class LinkedDataTest {

    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    WebTestClient http;

    @SuppressWarnings("unchecked")
    private Map<String, Object> document(String pathOrUrl) {
        return http.get().uri(pathOrUrl).accept(JSON_LD).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(JSON_LD)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void aQuotationNamesItsSpeakerAndIsPartOfItsArticle() {
        var quote = graphQl.document("""
                { quotes(filter: {speaker: "Naseemuddin Siddiqui"}, first: 1) { nodes {
                    id text language speaker { ... on Person { id name } } article { id } } } }""")
                .execute().path("quotes.nodes[0]").entity(Map.class).get();
        String id = (String) quote.get("id");
        String articleId = (String) map(quote.get("article")).get("id");

        Map<String, Object> ld = document("/ld/quotes/" + id);
        assertThat(ld).containsEntry("@context", "https://schema.org").containsEntry("@type", "Quotation")
                .containsEntry("identifier", id).containsEntry("text", quote.get("text"))
                .containsEntry("inLanguage", quote.get("language"));
        assertThat((String) ld.get("@id")).endsWith("/ld/quotes/" + id);
        Map<String, Object> speaker = map(ld.get("spokenByCharacter"));
        assertThat(speaker).containsEntry("@type", "Person").containsEntry("name", "Naseemuddin Siddiqui")
                .containsEntry("identifier", map(quote.get("speaker")).get("id"));
        assertThat(speaker.get("alternateName")).isEqualTo("नसीमुद्दीन सिद्दीकी");
        assertThat(ld.get("creator")).isEqualTo(speaker);
        assertThat((String) ld.get("url")).contains("/#/article/" + articleId + "?start=");

        Map<String, Object> partOf = map(ld.get("isPartOf"));
        assertThat(partOf).containsEntry("@type", "NewsArticle").containsKey("headline");
        assertThat((String) partOf.get("@id")).endsWith("/ld/articles/" + articleId);

        Map<String, Object> article = document((String) partOf.get("@id"));
        assertThat(article).containsEntry("@type", "NewsArticle").containsEntry("@id", partOf.get("@id"));
        assertThat((List<Map<String, Object>>) article.get("hasPart"))
                .contains(Map.of("@id", ld.get("@id"), "@type", "Quotation"));
        assertThat((String) article.get("articleBody")).contains((String) quote.get("text"));
    }

    @Test
    void aRecitedCoupletIsCreatedByItsPoetAndSpokenByTheSpeaker() {
        List<Map> quotes = graphQl.document("""
                { quotes(first: 100) { nodes { id originalAuthor { name } speaker { ... on Person { name } } } } }""")
                .execute().path("quotes.nodes").entityList(Map.class).get();
        Map<?, ?> couplet = quotes.stream().filter(q -> q.get("originalAuthor") != null).findFirst().orElseThrow();

        Map<String, Object> ld = document("/ld/quotes/" + couplet.get("id"));
        assertThat(map(ld.get("creator"))).containsEntry("name", map(couplet.get("originalAuthor")).get("name"));
        assertThat(map(ld.get("spokenByCharacter"))).containsEntry("name", map(couplet.get("speaker")).get("name"));
    }

    @Test
    void aQuoteCarriedByAnAgencysPostIsBasedOnThatPost() {
        List<Map> quotes = graphQl.document("{ quotes(first: 100) { nodes { id via { name } } } }")
                .execute().path("quotes.nodes").entityList(Map.class).get();
        Map<?, ?> carried = quotes.stream().filter(q -> q.get("via") != null).findFirst().orElseThrow();

        Map<String, Object> basedOn = map(document("/ld/quotes/" + carried.get("id")).get("isBasedOn"));
        assertThat(basedOn).containsEntry("@type", "SocialMediaPosting");
        assertThat(map(basedOn.get("author"))).containsEntry("@type", "NewsMediaOrganization")
                .containsEntry("name", map(carried.get("via")).get("name"));
    }

    @Test
    void aClaimOfAnAnonymousSourceKeepsItsDescriptionAndAffiliation() {
        List<Map> claims = graphQl.document("""
                { claims(filter: {sourceKind: ANONYMOUS}, first: 100) { nodes { id text article { id }
                    source { ... on AnonymousSource { description affiliation { name } } } } } }""")
                .execute().path("claims.nodes").entityList(Map.class).get();
        Map<?, ?> claim = claims.stream().filter(c -> map(c.get("source")).get("affiliation") != null)
                .findFirst().orElseThrow();

        Map<String, Object> ld = document("/ld/claims/" + claim.get("id"));
        assertThat(ld).containsEntry("@type", "Claim").containsEntry("text", claim.get("text"));
        Map<String, Object> author = map(ld.get("author"));
        assertThat(author).containsEntry("description", map(claim.get("source")).get("description"))
                .doesNotContainKey("name");
        assertThat(map(author.get("affiliation"))).containsEntry("@type", "PoliticalParty")
                .containsEntry("name", map(map(claim.get("source")).get("affiliation")).get("name"));
        String appearance = (String) map(ld.get("appearance")).get("@id");
        assertThat(appearance).endsWith("/ld/articles/" + map(claim.get("article")).get("id"));
        assertThat((List<Map<String, Object>>) document(appearance).get("hasPart"))
                .contains(Map.of("@id", ld.get("@id"), "@type", "Claim"));
    }

    @Test
    void aNewsArticleHasItsPublisherDateAndThePeopleAndPartiesItMentions() {
        var article = graphQl.document("""
                { articles(filter: {outlet: "IANS"}) { nodes { id title publishedOn body outlet { name } } } }""")
                .execute().path("articles.nodes[0]").entity(Map.class).get();

        Map<String, Object> ld = document("/ld/articles/" + article.get("id"));
        assertThat(ld).containsEntry("headline", article.get("title")).containsEntry("inLanguage", "en")
                .containsEntry("datePublished", article.get("publishedOn"))
                .containsEntry("articleBody", article.get("body"));
        assertThat(map(ld.get("publisher"))).containsEntry("@type", "NewsMediaOrganization")
                .containsEntry("name", map(article.get("outlet")).get("name"));
        assertThat((List<Map<String, Object>>) ld.get("mentions"))
                .anySatisfy(m -> assertThat(m).containsEntry("@type", "Person")
                        .containsEntry("name", "Naseemuddin Siddiqui"))
                .anySatisfy(m -> assertThat(m).containsEntry("@type", "PoliticalParty")
                        .containsEntry("alternateName", "INC"));
    }

    @Test
    void anArticleWithoutADateSaysNothingOfOne() {
        List<Map> articles = graphQl.document("{ articles { nodes { id publishedOn } } }")
                .execute().path("articles.nodes").entityList(Map.class).get();
        Map<?, ?> undated = articles.stream().filter(a -> a.get("publishedOn") == null).findFirst().orElseThrow();
        assertThat(document("/ld/articles/" + undated.get("id"))).doesNotContainKey("datePublished");
    }

    @ParameterizedTest
    @ValueSource(strings = {"articles", "quotes", "claims"})
    void everyRecordHasADocument(String collection) {
        List<String> ids = graphQl.document("{ " + collection + "(first: 100) { nodes { id } } }").execute()
                .path(collection + ".nodes[*].id").entityList(String.class).get();
        assertThat(ids).isNotEmpty();
        for (String id : ids) {
            assertThat(document("/ld/" + collection + "/" + id)).containsEntry("identifier", id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ld/quotes/UXVvdGU6OTg3NjU0MzIx", "/ld/quotes/not-an-id", "/ld/articles/UXVvdGU6MQ"})
    void anIdThatNamesNothingHereIsA404ProblemDocument(String path) {
        // unknown, malformed, and the id of a quote asked for as an article
        http.get().uri(path).accept(JSON_LD).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404).jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains(path.split("/")[3]));
    }
}
