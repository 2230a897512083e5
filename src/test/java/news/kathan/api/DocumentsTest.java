package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The document cache parses and validates each distinct query text once. */
class DocumentsTest {

    private final AtomicInteger parsed = new AtomicInteger();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate = input -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    private PreparsedDocumentEntry document(Documents documents, ExecutionInput input) throws Exception {
        return documents.getDocumentAsync(input, parseAndValidate).get();
    }

    @Test
    void theSameQueryTextIsParsedOnceAndAnotherTextAgain() throws Exception {
        Documents documents = new Documents(new Documents.Settings(false, "classpath:graphql/operations/", 10));
        ExecutionInput first = ExecutionInput.newExecutionInput("{ people { totalCount } }").build();
        ExecutionInput again = ExecutionInput.newExecutionInput("{ people { totalCount } }")
                .variables(Map.of("unused", 1)).build();
        assertThat(document(documents, first).getDocument()).isSameAs(document(documents, again).getDocument());
        assertThat(parsed).hasValue(1);
        document(documents, ExecutionInput.newExecutionInput("{ quotes { totalCount } }").build());
        assertThat(parsed).hasValue(2);
    }

    @Test
    void theExampleOperationsAreRegistered() throws Exception {
        Documents documents = new Documents(new Documents.Settings(true, "classpath:graphql/operations/", 10));
        assertThat(documents.registeredCount()).isGreaterThanOrEqualTo(10);
    }
}
