package news.kathan.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Kathan's checks on a request (the document limits, depth, cost and the deadline) as one graphql-java
 * instrumentation. graphql-java calls every instrumentation at five points of every field of every record, through
 * a {@code ChainedInstrumentation} that gathers their answers into lists, and a page of 100 events with their
 * mentions is thousands of fields: with each check an instrumentation of its own, a tenth of a page's CPU samples
 * went to that chain. These checks all act once per request, so this forwards the request's points to them, in
 * order, and keeps {@link SimplePerformantInstrumentation}'s no-ops for the points of a field. The chain is then
 * this and Micrometer's. Only the points the checks use are forwarded ({@link #FORWARDED}); RequestChecksTest fails
 * if a check comes to use another one.
 */
final class RequestChecks extends SimplePerformantInstrumentation {

    /** The points of a request forwarded to the checks. */
    static final Set<String> FORWARDED = Set.of("instrumentExecutionInput",
            "instrumentDocumentAndVariables", "beginExecution", "beginExecuteOperation");

    private final List<SimplePerformantInstrumentation> checks;

    RequestChecks(List<SimplePerformantInstrumentation> checks) {
        this.checks = List.copyOf(checks);
    }

    List<SimplePerformantInstrumentation> checks() {
        return checks;
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
    public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return all(check -> check.beginExecution(parameters, state));
    }

    @Override
    public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        return all(check -> check.beginExecuteOperation(parameters, state));
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
