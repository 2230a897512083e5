package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The examples a partner copies (graphql/operations/partners/) are valid against the schema and do what their
 * comments say, run in the order a partner would: ingest, correct, name, merge.
 */
@PartnerApiTest
class PartnerOperationsTest {

    private static final Path FOLDER = Path.of("graphql/operations/partners");

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    ApiKeys keys;

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void everyExampleIsValidAgainstTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(FOLDER)) {
            files = listed.filter(p -> p.toString().endsWith(".graphql")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("IngestArticle.graphql",
                "CorrectQuote.graphql", "CorrectClaim.graphql", "AddAlias.graphql", "MergePeople.graphql",
                "ArticleIngested.graphql");
        for (Path file : files) {
            var result = ParseAndValidate.parseAndValidate(graphQlSource.schema(),
                    ExecutionInput.newExecutionInput(read(file.getFileName().toString())).build());
            assertThat(result.getErrors()).as(file.toString()).isEmpty();
        }
    }

    @Test
    void theExamplesRunInAPartnersOrder() throws IOException {
        Partners.Writer editor = new Partners(keys, graphQl).key(Role.EDITOR, "IANS");
        String surname = CorrectionsTest.uniqueSurname();
        GraphQlTester.Response ingested = run(editor, "IngestArticle.graphql", Map.of("externalId",
                "ians/example-" + UUID.randomUUID(), "text", IngestArticleTest.RESIGNATION.replace("Tiwari", surname),
                "url", "https://example.org/news/1"));
        ingested.path("ingestArticle.changed").entity(Boolean.class).isEqualTo(true);
        String quoteId = ingested.path("ingestArticle.article.quotes.nodes[0].id").entity(String.class).get();
        String claimId = ingested.path("ingestArticle.article.claims.nodes[0].id").entity(String.class).get();
        String personId = ingested.path("ingestArticle.article.quotes.nodes[0].speaker.id").entity(String.class).get();

        run(editor, "CorrectQuote.graphql", Map.of("quoteId", quoteId, "speaker", "Kamla Devi " + surname,
                "reason", "Another speaker")).path("correctQuote.quote.history[0].reason").entity(String.class)
                .isEqualTo("Another speaker");
        run(editor, "CorrectClaim.graphql", Map.of("claimId", claimId, "retract", true))
                .path("correctClaim.claim.status").entity(String.class).isEqualTo("RETRACTED");
        run(editor, "AddAlias.graphql", Map.of("id", personId, "alias", "Babloo " + surname))
                .path("addAlias.person.aliases").entityList(String.class).contains("Babloo " + surname);
        String other = graphQl.document("query($n: String!) { person(name: $n) { id } }")
                .variable("n", "Kamla Devi " + surname).execute().path("person.id").entity(String.class).get();
        run(editor, "MergePeople.graphql", Map.of("into", personId, "merged", other))
                .path("mergePeople.person.quotes.totalCount").entity(Integer.class).isEqualTo(1);
    }

    private GraphQlTester.Response run(Partners.Writer writer, String file, Map<String, Object> input)
            throws IOException {
        return writer.graphQl().document(read(file)).variable("input", input).execute();
    }

    private static String read(String file) throws IOException {
        return Files.readString(FOLDER.resolve(file), StandardCharsets.UTF_8);
    }
}
