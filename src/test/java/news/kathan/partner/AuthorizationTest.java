package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import news.kathan.article.ArticleRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads are open; every write needs a valid key, and a partner only changes its own outlet's articles. */
@PartnerApiTest
class AuthorizationTest {

    static final String CORRECT_QUOTE = """
            mutation($input: CorrectQuoteInput!) { correctQuote(input: $input) { quote { id revision status } } }""";

    /** Every mutation, each with an input that would be valid for an editor. */
    static final Map<String, String> MUTATIONS = Map.of(
            "ingestArticle", "mutation { ingestArticle(input: {externalId: \"x/1\", text: \"Words.\"}) { changed } }",
            "correctQuote", "mutation { correctQuote(input: {quoteId: \"%s\", retract: true}) { quote { id } } }",
            "correctClaim", "mutation { correctClaim(input: {claimId: \"%s\", retract: true}) { claim { id } } }",
            "addAlias", "mutation { addAlias(input: {id: \"%s\", alias: \"Somebody Else\"}) { person { id } } }",
            "mergePeople", "mutation { mergePeople(input: {into: \"%s\", merged: \"%s\"}) { person { id } } }");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiKeys keys;

    @Autowired
    ArticleRepository articles;

    @Autowired
    JdbcTemplate jdbc;

    Partners partners;
    Partners.Writer ians;
    String quoteId;
    String claimId;
    String personId;

    @BeforeEach
    void anArticleOfIans() {
        partners = new Partners(keys, graphQl);
        ians = partners.key(Role.PARTNER, "IANS");
        var response = ians.ingest("ians/auth-" + UUID.randomUUID(),
                IngestArticleTest.RESIGNATION.replace("Tiwari", "Vajpai"));
        quoteId = response.path("ingestArticle.article.quotes.nodes[0].id").entity(String.class).get();
        personId = response.path("ingestArticle.article.quotes.nodes[0].speaker.id").entity(String.class).get();
        claimId = response.path("ingestArticle.article.claims.nodes[0].id").entity(String.class).get();
    }

    private String mutation(String name) {
        return MUTATIONS.get(name).formatted(name.equals("correctClaim") ? claimId
                : name.equals("correctQuote") ? quoteId : personId, personId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingestArticle", "correctQuote", "correctClaim", "addAlias", "mergePeople"})
    void everyMutationWithoutAKeyIsUnauthorizedAndChangesNothing(String name) {
        long before = articles.count();
        graphQl.document(mutation(name)).execute()
                .errors().satisfy(errors -> Partners.assertOnlyCode(errors, "UNAUTHORIZED"));
        assertUnchanged(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer kathan_nothing_here", "Bearer ", "Basic dXNlcjpwYXNz", "kathan_abc_def"})
    void aKeyThatIsNotValidIsUnauthorized(String authorization) {
        long before = articles.count();
        graphQl.mutate().header("Authorization", authorization).build().document(mutation("ingestArticle")).execute()
                .errors().satisfy(errors -> Partners.assertOnlyCode(errors, "UNAUTHORIZED"));
        assertUnchanged(before);
    }

    @Test
    void aRevokedKeyIsUnauthorized() {
        Partners.Writer revoked = partners.key(Role.PARTNER, "IANS");
        assertThat(keys.revoke(revoked.name())).isTrue();
        revoked.graphQl().document(CORRECT_QUOTE).variable("input", Map.of("quoteId", quoteId, "retract", true))
                .execute().errors().satisfy(errors -> Partners.assertOnlyCode(errors, "UNAUTHORIZED"));
        assertUnchanged(articles.count());
    }

    @Test
    void readsNeedNoKeyAndIgnoreABadOne() {
        graphQl.mutate().header("Authorization", "Bearer wrong").build()
                .document("query($id: ID!) { node(id: $id) { id } }").variable("id", quoteId).execute()
                .errors().verify().path("node.id").entity(String.class).isEqualTo(quoteId);
    }

    @Test
    void aPartnerMayNotCorrectAnotherOutletsArticle() {
        Partners.Writer pti = partners.key(Role.PARTNER, "PTI");
        pti.graphQl().document(CORRECT_QUOTE).variable("input", Map.of("quoteId", quoteId, "retract", true))
                .execute().errors().satisfy(errors -> Partners.assertOnlyCode(errors, "FORBIDDEN"));
        pti.graphQl().document(mutation("correctClaim")).execute()
                .errors().satisfy(errors -> Partners.assertOnlyCode(errors, "FORBIDDEN"));
        assertUnchanged(articles.count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"addAlias", "mergePeople"})
    void onlyEditorsNameAndMergePeople(String name) {
        String other = ians.ingest("ians/other-" + UUID.randomUUID(),
                IngestArticleTest.RESIGNATION.replace("Ramesh Chandra Tiwari", "Mohan Lal Verma")
                        .replace("Tiwari", "Verma"))
                .path("ingestArticle.article.quotes.nodes[0].speaker.id").entity(String.class).get();
        String document = MUTATIONS.get(name).formatted(personId, other);
        ians.graphQl().document(document).execute()
                .errors().satisfy(errors -> Partners.assertOnlyCode(errors, "FORBIDDEN"));
        assertUnchanged(articles.count());
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Person { aliases } } }").variable("id", other)
                .execute().path("node.aliases").entityList(String.class).containsExactly("Mohan Lal Verma");
    }

    @Test
    void anEditorMayCorrectAnyOutletsArticle() {
        Partners.Writer desk = partners.key(Role.EDITOR, "PTI");
        desk.graphQl().document(CORRECT_QUOTE).variable("input", Map.of("quoteId", quoteId, "retract", true))
                .execute().errors().verify()
                .path("correctQuote.quote.status").entity(String.class).isEqualTo("RETRACTED");
    }

    @Test
    void keysAreStoredAsHashesOnly() {
        Partners.Writer writer = partners.key(Role.PARTNER, "IANS");
        String stored = jdbc.queryForObject("select key_hash from api_key where name = ?", String.class, writer.name());
        assertThat(stored).hasSize(64).isEqualTo(ApiKeys.hash(writer.key()));
        String secret = writer.key().substring(writer.key().lastIndexOf('_') + 1);
        Integer mentions = jdbc.queryForObject("select count(*) from api_key where key_hash like ? or name like ?"
                + " or key_prefix like ?", Integer.class, "%" + secret + "%", "%" + secret + "%", "%" + secret + "%");
        assertThat(mentions).isZero();
    }

    /** The quote and claim of the @BeforeEach article are as extracted, and no article was added. */
    private void assertUnchanged(long articlesBefore) {
        assertThat(articles.count()).isEqualTo(articlesBefore);
        graphQl.document("""
                        query($q: ID!, $c: ID!) { q: node(id: $q) { ... on Quote { revision status history { revision } } }
                          c: node(id: $c) { ... on Claim { revision status } } }""")
                .variable("q", quoteId).variable("c", claimId).execute()
                .path("q.revision").entity(Integer.class).isEqualTo(1)
                .path("q.status").entity(String.class).isEqualTo("ACTIVE")
                .path("q.history").entityList(Object.class).hasSize(0)
                .path("c.revision").entity(Integer.class).isEqualTo(1);
        graphQl.document("query($id: ID!) { node(id: $id) { ... on Person { aliases } } }").variable("id", personId)
                .execute().path("node.aliases").entityList(String.class).doesNotContain("Somebody Else");
    }
}
