package news.kathan.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Kathan's checks on a request (the document limits, depth, cost and the deadline) as one graphql-java
 * instrumentation. graphql-java calls every instrumentation at five points of every field of every record, through
 * a {@code ChainedInstrumentation} that gathers their answers into lists, and a page of 100 events with their
 * mentions is thousands of fields: with each check an instrumentation of its own, a tenth of a page's CPU samples
 * went to that chain. These checks all act once per request, so this forwards the request's points to them, in
 * order, and keeps {@link SimplePerformantInstrumentation}'s no-ops for the points of a field. The chain is then
 * this and Micrometer's.
 */
final class RequestChecks extends SimplePerformantInstrumentation {

    private final List<SimplePerformantInstrumentation> checks;

    RequestChecks(List<SimplePerformantInstrumentation> checks) {
        this.checks = List.copyOf(checks);
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        for (SimplePerformantInstrumentation check : checks) {
            input = check.instrumentExecutionInput(input, parameters, state);
        }
        return input;
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables document,
                                                               InstrumentationExecutionParameters parameters,
                                                               InstrumentationState state) {
        for (SimplePerformantInstrumentation check : checks) {
            document = check.instrumentDocumentAndVariables(document, parameters, state);
        }
        return document;
    }

    @Override
    public GraphQLSchema instrumentSchema(GraphQLSchema schema, InstrumentationExecutionParameters parameters,
                                          InstrumentationState state) {
        for (SimplePerformantInstrumentation check : checks) {
            schema = check.instrumentSchema(schema, parameters, state);
        }
        return schema;
    }

    @Override
    public ExecutionContext instrumentExecutionContext(ExecutionContext context,
                                                       InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
        for (SimplePerformantInstrumentation check : checks) {
            context = check.instrumentExecutionContext(context, parameters, state);
        }
        return context;
    }

    @Override
    public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return all(check -> check.beginExecution(parameters, state));
    }

    @Override
    public @Nullable InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                                                                 InstrumentationState state) {
        return all(check -> check.beginParse(parameters, state));
    }

    @Override
    public @Nullable InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        return all(check -> check.beginValidation(parameters, state));
    }

    @Override
    public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        return all(check -> check.beginExecuteOperation(parameters, state));
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        CompletableFuture<ExecutionResult> instrumented = CompletableFuture.completedFuture(result);
        for (SimplePerformantInstrumentation check : checks) {
            instrumented = instrumented.thenCompose(r -> check.instrumentExecutionResult(r, parameters, state));
        }
        return instrumented;
    }

    /** The contexts the checks return at one point, told of its end together (null when none wants to be). */
    private <T> @Nullable InstrumentationContext<T> all(
            Function<SimplePerformantInstrumentation, @Nullable InstrumentationContext<T>> begin) {
        List<InstrumentationContext<T>> contexts = new ArrayList<>(checks.size());
        for (SimplePerformantInstrumentation check : checks) {
            InstrumentationContext<T> context = begin.apply(check);
            if (context != null) {
                contexts.add(context);
            }
        }
        if (contexts.isEmpty()) {
            return null;
        }
        if (contexts.size() == 1) {
            return contexts.get(0);
        }
        return new InstrumentationContext<>() {
            @Override
            public void onDispatched() {
                contexts.forEach(InstrumentationContext::onDispatched);
            }

            @Override
            public void onCompleted(@Nullable T result, @Nullable Throwable error) {
                contexts.forEach(context -> context.onCompleted(result, error));
            }
        };
    }
}
