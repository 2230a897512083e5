package news.kathan.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * A request still running after {@code kathan.api.timeout} is cancelled and answered with a {@code TIMEOUT}
 * error. The cancellation is graphql-java's own ({@link ExecutionInput#cancel()}): the engine fetches no further
 * field, so the work stops rather than running on behind an answer already sent; and every SQL statement has a
 * timeout of its own ({@code jakarta.persistence.query.timeout}), so none outlives the request by long. A
 * mutation's field runs whole in its transaction: it either commits before the cancellation is seen (and the
 * answer says TIMEOUT all the same; sending the same ingest again is safe, it changes nothing) or a statement
 * timeout rolls it back. Subscriptions are timed only until their stream starts.
 */
@Configuration(proxyBeanMethods = false)
class Timeouts implements DisposableBean {

    private static final String TIMED_OUT = "kathanTimedOut";
    private static final String DEADLINE = "kathanDeadline";

    private final ApiLimits limits;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "kathan-request-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    private final Deadlines deadlines = new Deadlines();

    Timeouts(ApiLimits limits) {
        this.limits = limits;
        timer.setRemoveOnCancelPolicy(true);
    }

    /** The instrumentation that sets each request's deadline and clears it when the request ends (RequestChecks). */
    SimplePerformantInstrumentation deadlines() {
        return deadlines;
    }

    private final class Deadlines extends SimplePerformantInstrumentation {

        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
            ScheduledFuture<?> deadline = timer.schedule(() -> {
                input.getGraphQLContext().put(TIMED_OUT, true);
                input.cancel();
            }, limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
            input.getGraphQLContext().put(DEADLINE, deadline);
            return input;
        }

        @Override
        public @Nullable InstrumentationContext<ExecutionResult> beginExecution(
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            return SimpleInstrumentationContext.whenCompleted((result, error) -> {
                ScheduledFuture<?> deadline = parameters.getGraphQLContext().get(DEADLINE);
                if (deadline != null) {
                    deadline.cancel(false);
                }
            });
        }
    }

    /** Tells a cancelled request's client why: its errors become one TIMEOUT error. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebGraphQlInterceptor timeoutErrors() {
        return (WebGraphQlRequest request, WebGraphQlInterceptor.Chain chain) -> chain.next(request).map(response -> {
            // The deadline may pass just after the work ended: only a request the engine did abort timed out.
            if (!Boolean.TRUE.equals(response.getExecutionInput().getGraphQLContext().get(TIMED_OUT))
                    || response.getExecutionResult().getErrors().stream()
                    .noneMatch(error -> error.getErrorType() == graphql.ErrorType.ExecutionAborted)) {
                return response;
            }
            List<GraphQLError> errors = new ArrayList<>();
            errors.add(GraphqlErrorBuilder.newError().errorType(graphql.ErrorType.ExecutionAborted)
                    .message("The request ran longer than " + limits.timeout().toMillis() + " ms and was cancelled")
                    .extensions(Map.of("code", ErrorCode.TIMEOUT.name(),
                            "timeoutMillis", limits.timeout().toMillis()))
                    .build());
            response.getExecutionResult().getErrors().stream()
                    .filter(error -> error.getErrorType() != graphql.ErrorType.ExecutionAborted)
                    .forEach(errors::add);
            return response.transform(result -> result.errors(errors));
        });
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
