package news.kathan.api;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one place where exceptions from resolvers become GraphQL errors, each with a stable {@code extensions.code}.
 * Unexpected failures are logged with an id and answered with that id only: no stack trace, class name or SQL
 * ever reaches a client.
 */
@ControllerAdvice
class GraphQlErrors {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

    @GraphQlExceptionHandler
    GraphQLError badRequest(BadRequestException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.BAD_REQUEST, ErrorCode.BAD_REQUEST, e.getMessage());
    }

    /** One error per broken rule, naming the field ("input.url") and the reason. */
    @GraphQlExceptionHandler
    List<GraphQLError> invalid(InvalidInputException e, DataFetchingEnvironment env) {
        return e.violations().stream()
                .map(v -> (GraphQLError) GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST)
                        .message(v.field() + ": " + v.reason())
                        .extensions(Map.of("code", ErrorCode.INVALID_INPUT.name(), "field", v.field(),
                                "reason", v.reason()))
                        .build())
                .toList();
    }

    @GraphQlExceptionHandler
    GraphQLError unauthorized(UnauthorizedException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.UNAUTHORIZED, ErrorCode.UNAUTHORIZED, e.getMessage());
    }

    @GraphQlExceptionHandler
    GraphQLError forbidden(ForbiddenException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.FORBIDDEN, ErrorCode.FORBIDDEN, e.getMessage());
    }

    @GraphQlExceptionHandler
    GraphQLError rateLimited(RateLimitedException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(e.getMessage())
                .extensions(Map.of("code", ErrorCode.RATE_LIMITED.name(), "retryAfterSeconds", e.retryAfterSeconds()))
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError notFound(NotFoundException e, DataFetchingEnvironment env) {
        return error(env, ErrorType.NOT_FOUND, ErrorCode.NOT_FOUND, e.getMessage());
    }

    @GraphQlExceptionHandler
    GraphQLError unexpected(Exception e, DataFetchingEnvironment env) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error {} resolving {}", incident, env.getExecutionStepInfo().getPath(), e);
        return error(env, ErrorType.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR,
                "Internal error " + incident + ": the request could not be completed");
    }

    static GraphQLError error(DataFetchingEnvironment env, ErrorType type, ErrorCode code, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message)
                .extensions(Map.of("code", code.name())).build();
    }
}
