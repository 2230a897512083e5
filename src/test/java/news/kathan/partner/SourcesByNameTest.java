package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A person's name stands for the person: the claims of "sources close to" someone are not that person's claims,
 * even when the description spells out the full name. A description that names no one still finds its sources.
 */
@PartnerApiTest
class SourcesByNameTest {

    private static final String CLAIMS = """
            query($source: String!) { claims(filter: {source: $source}) { nodes { text
              source { __typename ... on Person { name } ... on AnonymousSource { description } } } } }""";

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiKeys keys;

    @Test
    void claimsOfSourcesCloseToAPersonAreNotThePersons() {
        String name = "Ramesh Chandra " + CorrectionsTest.uniqueSurname();
        new Partners(keys, graphQl).key(Role.PARTNER, "IANS").ingest("ians/close-" + UUID.randomUUID(), """
                 date 2026-03-09 Farmers' leader %1$s quits Lok Kalyan Manch

                Bhopal, March 9: Farmers' leader %1$s resigned from the Lok Kalyan Manch on Monday.

                %1$s said that the party had stopped listening to farmers.

                Sources close to %1$s said that he would join another party next week.
                """.formatted(name)).errors().verify();

        List<String> byName = graphQl.document(CLAIMS).variable("source", name).execute().errors().verify()
                .path("claims.nodes[*].source.__typename").entityList(String.class).get();
        assertThat(byName).isNotEmpty().containsOnly("Person");

        List<String> byDescription = graphQl.document(CLAIMS).variable("source", "sources close to " + name)
                .execute().errors().verify().path("claims.nodes[*].source.description").entityList(String.class)
                .get();
        assertThat(byDescription).containsExactly("Sources close to " + name);
    }
}
