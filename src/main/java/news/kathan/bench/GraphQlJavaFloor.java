package news.kathan.bench;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The engine's own floor: the hand-written floor's answers ({@link HandWrittenFloor}, one SQL statement each)
 * handed to graphql-java, which resolves every field of the operation from them with its default property
 * fetchers and serialises the result through the same Jackson and HTTP server as Kathan.
 *
 * <p>The benchmark sends it Kathan's own request bodies. What it costs above the hand-written floor is what
 * graphql-java charges per field for walking an answer that is already in memory; what Kathan costs above it
 * is Kathan's: its data fetchers, batch loading, the ORM and its instrumentation. It is the least any server
 * built on graphql-java (the stack Kathan is built on) could spend on these operations.
 *
 * <p>It answers the three benchmarked operations of {@code graphql/operations/} (QuotesByPerson, AnonymousClaims,
 * EventsInRange) and only as they are written there; any other root field answers null. Off unless
 * {@code kathan.bench.floor=true}, like the floor.
 */
@RestController
@ConditionalOnBooleanProperty("kathan.bench.floor")
class GraphQlJavaFloor {

    private final GraphQL graphQl;

    GraphQlJavaFloor(HandWrittenFloor floor) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls");
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        for (Resource file : files) {
            types.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
        }
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", query -> query
                        .dataFetcher("quotes", env -> floor.quotesByPerson(speaker(env), first(env, 20),
                                env.getArgument("after")).data().get("quotes"))
                        .dataFetcher("claims", env -> floor.anonymousClaims(first(env, 50)).data().get("claims"))
                        .dataFetcher("events", env -> {
                            Map<String, Object> filter = env.getArgument("filter");
                            return floor.eventsInRange((LocalDate) filter.get("from"), (LocalDate) filter.get("to"),
                                    first(env, 100)).data().get("events");
                        }))
                .scalar(date("Date"))
                .scalar(date("DateTime"))
                .wiringFactory(new FloorTypes())
                .build();
        Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();
        PreparsedDocumentProvider parsedOnce = new PreparsedDocumentProvider() {
            @Override
            public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
                    ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
                return CompletableFuture.completedFuture(
                        documents.computeIfAbsent(input.getQuery(), query -> parseAndValidate.apply(input)));
            }
        };
        this.graphQl = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(types, wiring))
                .preparsedDocumentProvider(parsedOnce)
                .build();
    }

    /** The body of a GraphQL-over-HTTP request, as Kathan's endpoint takes it. */
    record Request(String query, @Nullable Map<String, Object> variables) {
    }

    @PostMapping("/bench/floor/graphql")
    Map<String, Object> execute(@RequestBody Request request) {
        return graphQl.execute(ExecutionInput.newExecutionInput(request.query())
                .variables(request.variables() == null ? Map.of() : request.variables())
                .build()).toSpecification();
    }

    private static String speaker(DataFetchingEnvironment env) {
        Map<String, Object> filter = env.getArgument("filter");
        return (String) filter.get("speaker");
    }

    private static int first(DataFetchingEnvironment env, int otherwise) {
        Integer first = env.getArgument("first");
        return first == null ? otherwise : first;
    }

    /**
     * The floor's records stand for the schema's object types by their shape; the abstract types the three
     * operations select through ({@code Source} for a speaker or a claim's source) resolve to the one type the
     * operation asks for: an anonymous source, or the person a quote is by.
     */
    private static final class FloorTypes implements WiringFactory {

        private static final TypeResolver BY_RECORD = env -> env.getSchema().getObjectType(
                env.getObject() instanceof HandWrittenFloor.AnonymousSource ? "AnonymousSource" : "Person");

        @Override
        public boolean providesTypeResolver(InterfaceWiringEnvironment environment) {
            return true;
        }

        @Override
        public TypeResolver getTypeResolver(InterfaceWiringEnvironment environment) {
            return BY_RECORD;
        }

        @Override
        public boolean providesTypeResolver(UnionWiringEnvironment environment) {
            return true;
        }

        @Override
        public TypeResolver getTypeResolver(UnionWiringEnvironment environment) {
            return BY_RECORD;
        }
    }

    /** The floor keeps days as ISO-8601 text already; variables arrive as text and become LocalDate. */
    private static GraphQLScalarType date(String name) {
        return GraphQLScalarType.newScalar().name(name).coercing(new Coercing<Object, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                return value.toString();
            }

            @Override
            public Object parseValue(Object input, GraphQLContext context, Locale locale) {
                try {
                    return LocalDate.parse(input.toString());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException("not a date: " + input, e);
                }
            }

            @Override
            public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                       Locale locale) {
                if (input instanceof StringValue text) {
                    return parseValue(text.getValue(), context, locale);
                }
                throw new CoercingParseLiteralException("not a date: " + input);
            }
        }).build();
    }
}
