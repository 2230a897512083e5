package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The schema the running server publishes at /graphql/schema is the contract in graphql/schema.graphqls. Compared
 * as schemas, not as text: the server prints types in its own order and adds the directives graphql-java defines
 * itself, which are no part of Kathan's contract. It also leaves out the {@code schema { query: Query }} block when
 * the root types have their usual names, and with it the description of the schema as a whole: types, fields,
 * arguments, values and their descriptions are compared, that one description is not.
 */
@ApiTest
class PublishedSchemaTest {

    /** Directives every graphql-java server declares, whether or not the schema file does. */
    private static final Set<String> BUILT_IN_DIRECTIVES = Set.of("include", "skip", "deprecated", "specifiedBy",
            "oneOf", "defer", "experimental_disableErrorPropagation");

    @Autowired
    WebTestClient http;

    @Test
    void theServedSchemaIsTheContract() throws IOException {
        String served = http.get().uri("/graphql/schema").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String contract = Files.readString(Path.of("graphql/schema.graphqls"), StandardCharsets.UTF_8);

        assertThat(normalized(served)).isEqualTo(normalized(contract));
    }

    @Test
    void theComparisonSeesAChange() throws IOException {
        String contract = Files.readString(Path.of("graphql/schema.graphqls"), StandardCharsets.UTF_8);
        String changed = contract.replace("  speaker: String\n", "  speaker: ID\n");
        assertThat(changed).isNotEqualTo(contract);
        assertThat(normalized(changed)).isNotEqualTo(normalized(contract));
    }

    /**
     * The schema printed with types, fields and arguments sorted by name, without built-in directives, and with
     * a schema block only where the root types are not named Query, Mutation and Subscription.
     */
    static String normalized(String sdl) {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
                .includeScalarTypes(true)
                .includeSchemaDefinition(false)
                .includeDirectives(name -> !BUILT_IN_DIRECTIVES.contains(name)))
                .print(schema);
    }
}
