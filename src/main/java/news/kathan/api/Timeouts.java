package news.kathan.api;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A request still running after {@code kathan.api.timeout} is answered with a {@code TIMEOUT} error, and its
 * execution is cancelled: Spring for GraphQL cancels graphql-java's execution when the answer is no longer
 * awaited, so no further field is fetched, and every SQL statement carries the same timeout
 * ({@code jakarta.persistence.query.timeout}), so none runs on. A write that times out rolls back. Outermost of
 * the interceptors, so that the time counts everything; a subscription's stream is not timed, only its start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class Timeouts implements WebGraphQlInterceptor {

    private final ApiLimits limits;

    Timeouts(ApiLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).timeout(limits.timeout(), Mono.fromSupplier(() -> timedOut(request)));
    }

    private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
        var error = GraphqlErrorBuilder.newError().errorType(graphql.ErrorType.ExecutionAborted)
                .message("The request ran longer than " + limits.timeout().toMillis() + " ms and was cancelled")
                .extensions(Map.of("code", ErrorCode.TIMEOUT.name(), "timeoutMillis", limits.timeout().toMillis()))
                .build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
                ExecutionResult.newExecutionResult().addError(error).build()));
    }
}
