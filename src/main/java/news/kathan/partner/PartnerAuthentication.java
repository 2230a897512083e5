package news.kathan.partner;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Reads the API key of every request ({@code Authorization: Bearer <key>}) and puts the caller in the GraphQL
 * context for the mutations to check. Reads pass whatever the header says. After a write, the key's budget goes
 * back in the RateLimit-* headers and in {@code extensions.rateLimit}.
 */
@Component
class PartnerAuthentication implements WebGraphQlInterceptor {

    /** Where a write leaves the key's budget in the GraphQL context, for the response. */
    static final String BUDGET_KEY = "kathanWriteBudget";

    private final ApiKeys keys;

    PartnerAuthentication(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Caller caller = callerOf(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(context -> context.put(Caller.CONTEXT_KEY, caller)).build());
        return chain.next(request).map(response -> {
            WriteLimits.Budget budget = response.getExecutionInput().getGraphQLContext().get(BUDGET_KEY);
            if (budget == null) {
                return response;
            }
            HttpHeaders headers = response.getResponseHeaders();
            headers.set("RateLimit-Limit", String.valueOf(budget.limit()));
            headers.set("RateLimit-Remaining", String.valueOf(budget.remaining()));
            headers.set("RateLimit-Reset", String.valueOf(budget.resetSeconds()));
            return response.transform(result -> {
                Map<Object, Object> extensions = new LinkedHashMap<>();
                if (response.getExecutionResult().getExtensions() != null) {
                    extensions.putAll(response.getExecutionResult().getExtensions());
                }
                extensions.put("rateLimit", Map.of("limit", budget.limit(), "remaining", budget.remaining(),
                        "resetSeconds", budget.resetSeconds()));
                result.extensions(extensions);
            });
        });
    }

    private Caller callerOf(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Caller.ANONYMOUS;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Caller.INVALID;
        }
        return keys.verify(authorization.substring(7).strip()).map(p -> new Caller(p, false)).orElse(Caller.INVALID);
    }
}
