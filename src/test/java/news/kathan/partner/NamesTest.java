package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Editors teach the archive names: an alias makes a person or party findable by it, and is used to read every
 * later article; a merge makes two records one person, and the merged id keeps answering.
 */
@PartnerApiTest
class NamesTest {

    private static final String ADD_ALIAS = """
            mutation($input: AddAliasInput!) { addAlias(input: $input) {
              person { id aliases } party { id aliases } } }""";

    private static final String MERGE = """
            mutation($input: MergePeopleInput!) { mergePeople(input: $input) { person { id name aliases } } }""";

    private static final String PERSON = """
            query($id: ID!) { node(id: $id) { id ... on Person { name aliases
              quotes { totalCount nodes { text } } events { kind date mentions { article { id } } } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiKeys keys;

    Partners.Writer ians;
    Partners.Writer editor;
    String surname;

    @BeforeEach
    void keys() {
        Partners partners = new Partners(keys, graphQl);
        ians = partners.key(Role.PARTNER, "IANS");
        editor = partners.key(Role.EDITOR, "IANS");
        surname = CorrectionsTest.uniqueSurname();
    }

    @Test
    void anAliasFindsThePersonAndReadsLaterArticles() {
        String personId = speakerOf(ians.ingest("ians/alias-" + UUID.randomUUID(),
                IngestArticleTest.RESIGNATION.replace("Tiwari", surname)));
        String nickname = "Munna " + surname;
        graphQl.document("query($name: String!) { person(name: $name) { id } }").variable("name", nickname)
                .execute().path("person").valueIsNull();

        editor.graphQl().document(ADD_ALIAS).variable("input", Map.of("id", personId, "alias", nickname))
                .execute().path("addAlias.person.aliases").entityList(String.class).contains(nickname);

        graphQl.document("query($name: String!) { person(name: $name) { id } }").variable("name", nickname)
                .execute().path("person.id").entity(String.class).isEqualTo(personId);
        // An article that knows the person only by the new name is read with it: no new person is made.
        String later = """
                 date 2026-03-12 Farmers to march on Bhopal

                Bhopal, March 12: "We will march to the assembly on Monday," %s told reporters on Thursday.
                """.formatted(nickname);
        String laterSpeaker = speakerOf(ians.ingest("ians/alias-later-" + UUID.randomUUID(), later));
        assertThat(laterSpeaker).isEqualTo(personId);
    }

    @Test
    void anAliasOfAPartyFindsTheParty() {
        String partyId = graphQl.document("{ party(name: \"BSP\") { id } }").execute()
                .path("party.id").entity(String.class).get();
        String alias = "Haathi Dal " + surname;
        editor.graphQl().document(ADD_ALIAS).variable("input", Map.of("id", partyId, "alias", alias)).execute()
                .path("addAlias.party.aliases").entityList(String.class).contains(alias)
                .path("addAlias.person").valueIsNull();
        graphQl.document("query($name: String!) { party(name: $name) { id } }").variable("name", alias).execute()
                .path("party.id").entity(String.class).isEqualTo(partyId);
    }

    @Test
    void twoRecordsOfOnePersonMergeIntoOneAndTheMergedIdKeepsAnswering() {
        String full = "Gopal Krishna " + surname;
        String shortName = "Gopal " + surname;
        String first = """
                 date 2026-03-09 %1$s quits Lok Kalyan Manch

                Bhopal, March 9: Farmers' leader %1$s resigned from the Lok Kalyan Manch on Monday.

                "The party no longer listens to farmers," %1$s said.
                """.formatted(full);
        String second = """
                 date 2026-03-10 Farm leader explains exit

                Indore, March 10: A day after he resigned from the Lok Kalyan Manch on Monday, %1$s spoke to
                reporters.

                "I will work for farmers outside any party," %1$s said.
                """.formatted(shortName);
        String into = speakerOf(ians.ingest("ians/merge-a-" + UUID.randomUUID(), first));
        String merged = speakerOf(ians.ingest("ians/merge-b-" + UUID.randomUUID(), second));
        assertThat(merged).as("the pipeline alone keeps the two names apart").isNotEqualTo(into);

        editor.graphQl().document(MERGE).variable("input", Map.of("into", into, "merged", merged)).execute()
                .path("mergePeople.person.id").entity(String.class).isEqualTo(into)
                .path("mergePeople.person.aliases").entityList(String.class).contains(full, shortName);

        GraphQlTester.Response kept = graphQl.document(PERSON).variable("id", into).execute();
        kept.path("node.quotes.totalCount").entity(Integer.class).isEqualTo(2);
        // The same resignation, once recorded under each record, is now one event with both mentions.
        kept.path("node.events[?(@.kind == 'RESIGNATION')].date").entityList(String.class)
                .containsExactly("2026-03-09")
                .path("node.events[?(@.kind == 'RESIGNATION')].mentions[*].article.id").entityList(String.class)
                .hasSize(2);
        graphQl.document(PERSON).variable("id", merged).execute().path("node.id").entity(String.class).isEqualTo(into);
        graphQl.document("query($name: String!) { person(name: $name) { id } }").variable("name", shortName)
                .execute().path("person.id").entity(String.class).isEqualTo(into);
        graphQl.document("query($name: String!) { quotes(filter: {speaker: $name}) { totalCount } }")
                .variable("name", shortName).execute().path("quotes.totalCount").entity(Integer.class).isEqualTo(2);
    }

    private static String speakerOf(GraphQlTester.Response ingested) {
        return ingested.path("ingestArticle.article.quotes.nodes[0].speaker.id").entity(String.class).get();
    }
}
