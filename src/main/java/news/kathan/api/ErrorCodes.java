package news.kathan.api;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives every error a stable {@code extensions.code}, including the ones graphql-java raises before any resolver
 * runs: a syntax error, a document that does not validate, an unknown enum value or an invalid Date literal or
 * variable are all the client's mistake (BAD_REQUEST). graphql-java's own {@code classification} is kept.
 */
@Component
class ErrorCodes implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> response.getErrors().isEmpty() ? response
                : response.transform(result -> result.errors(withCodes(response.getExecutionResult().getErrors()))));
    }

    /**
     * The errors with codes, leaving out graphql-java's "non-null field was null" errors that only follow from
     * another error at or above the same path (a rejected argument on a non-null connection): the client needs
     * the cause, not its echo.
     */
    private static List<GraphQLError> withCodes(List<GraphQLError> errors) {
        return errors.stream()
                .filter(error -> !(error.getErrorType() == graphql.ErrorType.NullValueInNonNullableField
                        && errors.stream().anyMatch(other -> other != error && causes(other, error))))
                .map(ErrorCodes::withCode)
                .toList();
    }

    private static boolean causes(GraphQLError cause, GraphQLError echo) {
        List<Object> causePath = cause.getPath();
        List<Object> echoPath = echo.getPath();
        return causePath != null && echoPath != null && echoPath.size() >= causePath.size()
                && echoPath.subList(0, causePath.size()).equals(causePath);
    }

    private static GraphQLError withCode(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(error.getExtensions());
        if (extensions.containsKey("code")) {
            return error;
        }
        extensions.put("code", codeOf(error.getErrorType()).name());
        return GraphqlErrorBuilder.newError().message(error.getMessage()).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType()).extensions(extensions).build();
    }

    static ErrorCode codeOf(ErrorClassification classification) {
        if (classification instanceof ErrorType type) {
            return switch (type) {
                case NOT_FOUND -> ErrorCode.NOT_FOUND;
                case UNAUTHORIZED -> ErrorCode.UNAUTHORIZED;
                case FORBIDDEN -> ErrorCode.FORBIDDEN;
                case INTERNAL_ERROR -> ErrorCode.INTERNAL_ERROR;
                default -> ErrorCode.BAD_REQUEST;
            };
        }
        if (classification instanceof graphql.ErrorType type) {
            return switch (type) {
                case DataFetchingException, ExecutionAborted, NullValueInNonNullableField -> ErrorCode.INTERNAL_ERROR;
                default -> ErrorCode.BAD_REQUEST;
            };
        }
        return ErrorCode.BAD_REQUEST;
    }
}
