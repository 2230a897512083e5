package news.kathan.api;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * The limits of {@link ApiLimits}, each at the earliest point it can be checked: the query text before it is
 * parsed, the parsed document (aliases, and fields with every fragment expanded, counted once per fragment so
 * that a fragment bomb costs nothing to refuse) before it is validated, and depth and cost once the variables are
 * known (a page size may come from one). The cost of every answered request goes back in
 * {@code extensions.cost}, so partners can see how close they are.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

    /** Where the cost of a request is kept in its GraphQL context, for the response. */
    static final String COST_KEY = "kathanRequestCost";

    /** Every check on a request, in the order they run, as one instrumentation (see RequestChecks for why). */
    @Bean
    RequestChecks requestChecks(ApiLimits limits, Timeouts timeouts) {
        return new RequestChecks(List.of(new DocumentLimits(limits), depthLimit(limits), new CostLimit(limits),
                timeouts.deadlines()));
    }

    /** graphql-java's own depth check, with an error that says which limit and by how much. */
    private static MaxQueryDepthInstrumentation depthLimit(ApiLimits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return exceeded("depth", maxDepth, depth, "The query is nested " + depth + " fields deep");
            }
        };
    }

    @Bean
    WebGraphQlInterceptor costReport(ApiLimits limits) {
        return new CostReport(limits);
    }

    static AbortExecutionException exceeded(String limit, long max, long actual, String what) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCode.LIMIT_EXCEEDED.name());
        extensions.put("limit", limit);
        extensions.put("max", max);
        extensions.put("actual", actual);
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(graphql.ErrorType.ExecutionAborted)
                .message(what + "; the limit (" + limit + ") is " + max + ", and this request is over it by "
                        + (actual - max))
                .extensions(extensions).build();
        return new AbortExecutionException(List.of(error));
    }

    /** The checks on the text and the parsed document, before anything walks or validates it. */
    static final class DocumentLimits extends SimplePerformantInstrumentation {

        private final ApiLimits limits;
        private final ParserOptions parserOptions;

        DocumentLimits(ApiLimits limits) {
            this.limits = limits;
            // graphql-java's parser counts tokens; it reads its options from the request's context.
            this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                    .maxTokens(limits.maxTokens()).maxCharacters(limits.maxDocumentCharacters() + 1));
        }

        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
            String query = input.getQuery();
            if (query != null && query.length() > limits.maxDocumentCharacters()) {
                throw exceeded("documentCharacters", limits.maxDocumentCharacters(), query.length(),
                        "The query text has " + query.length() + " characters");
            }
            input.getGraphQLContext().put(ParserOptions.class, parserOptions);
            return input;
        }

        @Override
        public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
                                                                   InstrumentationExecutionParameters parameters,
                                                                   InstrumentationState state) {
            Document document = documentAndVariables.getDocument();
            Map<String, FragmentDefinition> fragments = new HashMap<>();
            int aliases = 0;
            for (Definition<?> definition : document.getDefinitions()) {
                if (definition instanceof FragmentDefinition fragment) {
                    fragments.put(fragment.getName(), fragment);
                }
            }
            FieldCounter counter = new FieldCounter(fragments);
            long fields = 0;
            for (Definition<?> definition : document.getDefinitions()) {
                if (definition instanceof OperationDefinition operation) {
                    fields = Math.max(fields, counter.count(operation.getSelectionSet()));
                }
                if (definition instanceof OperationDefinition || definition instanceof FragmentDefinition) {
                    aliases += counter.aliasesIn(definition);
                }
            }
            if (aliases > limits.maxAliases()) {
                throw exceeded("aliases", limits.maxAliases(), aliases, "The document has " + aliases + " aliases");
            }
            if (fields > limits.maxFields()) {
                throw exceeded("fields", limits.maxFields(), fields,
                        "The operation asks for " + fields + " fields once its fragments are expanded");
            }
            return documentAndVariables;
        }
    }

    /**
     * Counts the fields of a selection with fragments expanded, remembering each fragment's count so that a
     * fragment spread many times is counted once; a fragment that spreads itself counts as nothing here
     * (validation refuses it next).
     */
    private static final class FieldCounter {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Long> counted = new HashMap<>();
        private final Set<String> counting = new HashSet<>();

        FieldCounter(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        long count(@Nullable SelectionSet selections) {
            if (selections == null) {
                return 0;
            }
            long total = 0;
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    total = saturatedAdd(total, 1 + count(field.getSelectionSet()));
                } else if (selection instanceof InlineFragment inline) {
                    total = saturatedAdd(total, count(inline.getSelectionSet()));
                } else if (selection instanceof FragmentSpread spread) {
                    total = saturatedAdd(total, fragment(spread.getName()));
                }
            }
            return total;
        }

        private long fragment(String name) {
            Long known = counted.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || !counting.add(name)) {
                return 0;
            }
            long count = count(definition.getSelectionSet());
            counting.remove(name);
            counted.put(name, count);
            return count;
        }

        int aliasesIn(Definition<?> definition) {
            SelectionSet selections = definition instanceof OperationDefinition operation
                    ? operation.getSelectionSet() : ((FragmentDefinition) definition).getSelectionSet();
            return aliases(selections);
        }

        private static int aliases(@Nullable SelectionSet selections) {
            if (selections == null) {
                return 0;
            }
            int total = 0;
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    total += (field.getAlias() != null ? 1 : 0) + aliases(field.getSelectionSet());
                } else if (selection instanceof InlineFragment inline) {
                    total += aliases(inline.getSelectionSet());
                }
            }
            return total;
        }

        private static long saturatedAdd(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }

    /**
     * The request's cost, GitHub style: one per field, and the fields under a connection's nodes or edges times
     * its page size, so that a page of 100 articles each with 100 quotes costs what fetching them costs. Lists
     * that are not connections (an event's participants, a type's fields in introspection) are short by nature
     * and count once. Computed on graphql-java's normalized operation, where variables are already applied.
     */
    static final class CostLimit extends SimplePerformantInstrumentation {

        private final int maxCost;
        private final int maxArgumentCharacters;

        CostLimit(ApiLimits limits) {
            this.maxCost = limits.maxCost();
            this.maxArgumentCharacters = limits.maxArgumentCharacters();
        }

        @Override
        public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext execution = parameters.getExecutionContext();
            ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                    .createExecutableNormalizedOperation(execution.getGraphQLSchema(), execution.getOperationDefinition(),
                            execution.getFragmentsByName(), execution.getCoercedVariables());
            long cost = 0;
            boolean query = execution.getOperationDefinition().getOperation() != OperationDefinition.Operation.MUTATION;
            for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
                cost = saturated(cost + cost(field, execution));
                if (query) {
                    checkArguments(field);
                }
            }
            GraphQLContext context = execution.getGraphQLContext();
            context.put(COST_KEY, cost);
            if (cost > maxCost) {
                throw exceeded("cost", maxCost, cost, "The query costs " + cost);
            }
            return SimpleInstrumentationContext.noOp();
        }

        private static long cost(ExecutableNormalizedField field, ExecutionContext execution) {
            GraphQLOutputType type = field.getType(execution.getGraphQLSchema());
            GraphQLNamedType named = GraphQLTypeUtil.unwrapAll(type);
            boolean connection = named.getName().endsWith("Connection");
            // Fields asked for each possible type of a union or interface ("... on Person { name }"): one object is
            // only one type, so the dearest type counts, not their sum.
            Map<String, Long> byType = new HashMap<>();
            for (ExecutableNormalizedField child : field.getChildren()) {
                long childCost = cost(child, execution);
                if (connection && (child.getName().equals("nodes") || child.getName().equals("edges"))) {
                    childCost = saturated(childCost * pageSize(field));
                }
                for (String objectType : child.getObjectTypeNames()) {
                    byType.merge(objectType, childCost, (a, b) -> saturated(a + b));
                }
            }
            long children = byType.values().stream().mapToLong(Long::longValue).max().orElse(0);
            return saturated(1 + children);
        }

        /**
         * No text argument of a query is longer than a name or a phrase could be (a 200,000-character name is
         * not), or holds control characters: PostgreSQL refuses a NUL in any text, and no name or phrase has one.
         */
        private void checkArguments(ExecutableNormalizedField field) {
            for (Object value : field.getResolvedArguments().values()) {
                if (hasControlCharacters(value)) {
                    GraphQLError error = GraphqlErrorBuilder.newError().errorType(graphql.ErrorType.ValidationError)
                            .message("An argument of " + field.getName() + " holds control characters")
                            .extensions(Map.of("code", ErrorCode.BAD_REQUEST.name())).build();
                    throw new AbortExecutionException(List.of(error));
                }
                long length = longestText(value);
                if (length > maxArgumentCharacters) {
                    throw exceeded("argumentCharacters", maxArgumentCharacters, length,
                            "An argument of " + field.getName() + " has " + length + " characters");
                }
            }
            field.getChildren().forEach(this::checkArguments);
        }

        private static boolean hasControlCharacters(@Nullable Object value) {
            if (value instanceof CharSequence text) {
                return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
            }
            if (value instanceof Map<?, ?> map) {
                return map.values().stream().anyMatch(CostLimit::hasControlCharacters);
            }
            if (value instanceof Iterable<?> list) {
                for (Object nested : list) {
                    if (hasControlCharacters(nested)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static long longestText(@Nullable Object value) {
            if (value instanceof CharSequence text) {
                return text.length();
            }
            long longest = 0;
            if (value instanceof Map<?, ?> map) {
                for (Object nested : map.values()) {
                    longest = Math.max(longest, longestText(nested));
                }
            } else if (value instanceof Iterable<?> list) {
                for (Object nested : list) {
                    longest = Math.max(longest, longestText(nested));
                }
            }
            return longest;
        }

        private static long pageSize(ExecutableNormalizedField connection) {
            Object first = connection.getResolvedArguments().get("first");
            return first instanceof Number number ? Math.max(0, number.longValue()) : ApiLimits.Cost.DEFAULT_PAGE;
        }

        private static long saturated(long value) {
            return value < 0 ? Long.MAX_VALUE : value;
        }
    }

    /** Puts each answered request's cost, and the limit, in {@code extensions.cost}. */
    static final class CostReport implements WebGraphQlInterceptor {

        private final ApiLimits limits;

        CostReport(ApiLimits limits) {
            this.limits = limits;
        }

        @Override
        public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
            return chain.next(request).map(response -> {
                Long cost = response.getExecutionInput().getGraphQLContext().get(COST_KEY);
                if (cost == null) {
                    return response;
                }
                return response.transform(result -> {
                    Map<Object, Object> extensions = new LinkedHashMap<>();
                    if (response.getExecutionResult().getExtensions() != null) {
                        extensions.putAll(response.getExecutionResult().getExtensions());
                    }
                    extensions.put("cost", Map.of("requested", cost, "limit", limits.maxCost()));
                    result.extensions(extensions);
                });
            });
        }
    }
}
