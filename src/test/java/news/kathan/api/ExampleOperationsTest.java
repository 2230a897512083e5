package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every example in graphql/operations runs against the seeded archive without errors and finds something. */
@ApiTest
class ExampleOperationsTest {

    @Autowired
    HttpGraphQlTester graphQl;

    static Stream<Path> operations() throws IOException {
        return Files.list(Path.of("graphql/operations")).filter(p -> p.toString().endsWith(".graphql")).sorted();
    }

    @ParameterizedTest
    @MethodSource("operations")
    void theExampleRunsAndFindsSomething(Path operation) throws IOException {
        String document = Files.readString(operation, StandardCharsets.UTF_8);
        var request = graphQl.document(document);
        if (document.contains("$id: ID!")) {
            String id = graphQl.document("{ quotes(first: 1) { nodes { id } } }").execute()
                    .path("quotes.nodes[0].id").entity(String.class).get();
            request = request.variable("id", id);
        }
        Map<?, ?> data = request.execute().errors().verify().path("").entity(Map.class).get();
        assertThat(data).hasSize(1);
        Object answer = data.values().iterator().next();
        assertThat(answer).as("the answer of " + operation.getFileName()).isNotNull();
        if (answer instanceof Map<?, ?> connection && connection.containsKey("totalCount")) {
            assertThat((Integer) connection.get("totalCount")).isPositive();
        }
    }

    @Test
    void thereIsAnExampleForEveryQuestion() throws IOException {
        List<String> names = operations().map(p -> p.getFileName().toString()).toList();
        assertThat(names).contains("QuotesByPerson.graphql", "ClaimsBySource.graphql", "AnonymousClaims.graphql",
                "EventsOnDate.graphql", "EventsInRange.graphql");
    }
}
