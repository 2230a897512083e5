package news.kathan.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Parsed and validated documents, and persisted queries. Each distinct query text is parsed and validated once
 * and kept (a bounded cache), so a client sending the same operation again skips both. Clients may send the
 * SHA-256 of a query instead of its text (Apollo's automatic persisted queries: {@code extensions.persistedQuery
 * {version: 1, sha256Hash}}); the server knows the example operations of {@code graphql/operations/} from the
 * start and learns others when a client sends a hash with its text. With {@code only-registered}, it runs the
 * registered operations and nothing else, and learns nothing.
 */
@Configuration(proxyBeanMethods = false)
class Documents implements PreparsedDocumentProvider {

    /**
     * @param onlyRegistered    run only the registered operations (a locked-down deployment for known clients)
     * @param registered        where the registered operations are: every {@code .graphql} file under it
     * @param cacheSize         how many parsed documents, and how many learned queries, are kept
     */
    @ConfigurationProperties("kathan.api.persisted-queries")
    record Settings(@DefaultValue("false") boolean onlyRegistered,
                    @DefaultValue("classpath:graphql/operations/") String registered,
                    @DefaultValue("1000") int cacheSize) {
    }

    private final Settings settings;
    private final Map<String, String> registered = new HashMap<>();
    private final Cache<String, String> learned;
    private final Cache<String, PreparsedDocumentEntry> parsed;

    Documents(Settings settings) throws IOException {
        this.settings = settings;
        this.learned = Caffeine.newBuilder().maximumSize(settings.cacheSize()).build();
        this.parsed = Caffeine.newBuilder().maximumSize(settings.cacheSize()).build();
        String folder = settings.registered().endsWith("/") ? settings.registered() : settings.registered() + "/";
        Resource[] files = new PathMatchingResourcePatternResolver().getResources(folder + "**/*.graphql");
        for (Resource file : files) {
            String text = file.getContentAsString(StandardCharsets.UTF_8);
            registered.put(sha256(text), text);
        }
    }

    @Bean
    GraphQlSourceBuilderCustomizer documentCache() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    /** How many operations are registered: the examples a deployment accepts by hash from the start. */
    int registeredCount() {
        return registered.size();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(document(input, parseAndValidate));
    }

    private PreparsedDocumentEntry document(ExecutionInput input,
                                            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        // Spring for GraphQL passes graphql-java's marker as the query of a request that sends only a hash.
        String query = input.getQuery() == null || input.getQuery().isBlank()
                || input.getQuery().equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER) ? null : input.getQuery();
        Object persisted = input.getExtensions() == null ? null : input.getExtensions().get("persistedQuery");
        if (persisted != null) {
            String hash = hashOf(persisted);
            if (hash == null) {
                return error(ErrorCode.BAD_REQUEST, "extensions.persistedQuery must be {version: 1, sha256Hash: "
                        + "<64 hex digits>}");
            }
            if (query == null) {
                query = registered.get(hash);
                if (query == null) {
                    query = learned.getIfPresent(hash);
                }
                if (query == null) {
                    // Apollo's clients look for this exact message, then send the hash again with the text.
                    return error(settings.onlyRegistered() ? ErrorCode.PERSISTED_QUERY_NOT_ALLOWED
                            : ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
                }
            } else if (!sha256(query).equals(hash)) {
                return error(ErrorCode.BAD_REQUEST, "extensions.persistedQuery.sha256Hash is not the SHA-256 of "
                        + "the query");
            } else if (!registered.containsKey(hash)) {
                if (settings.onlyRegistered()) {
                    return error(ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, "This server runs only registered operations");
                }
                learned.put(hash, query);
            }
        } else if (query != null && settings.onlyRegistered() && !registered.containsKey(sha256(query))) {
            return error(ErrorCode.PERSISTED_QUERY_NOT_ALLOWED, "This server runs only registered operations");
        }
        if (query == null) {
            return parseAndValidate.apply(input);
        }
        String text = query;
        ExecutionInput withText = text.equals(input.getQuery()) ? input : input.transform(b -> b.query(text));
        PreparsedDocumentEntry cached = parsed.getIfPresent(text);
        if (cached != null) {
            return cached;
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(withText);
        parsed.put(text, entry);
        return entry;
    }

    private static @Nullable String hashOf(Object persisted) {
        if (!(persisted instanceof Map<?, ?> map) || !Integer.valueOf(1).equals(asInt(map.get("version")))
                || !(map.get("sha256Hash") instanceof String hash) || !hash.matches("[0-9a-fA-F]{64}")) {
            return null;
        }
        return hash.toLowerCase(Locale.ROOT);
    }

    private static @Nullable Integer asInt(@Nullable Object value) {
        return value instanceof Number number && number.doubleValue() == number.intValue() ? number.intValue() : null;
    }

    private static PreparsedDocumentEntry error(ErrorCode code, String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(graphql.ErrorType.ValidationError)
                .message(message).extensions(Map.of("code", code.name())).build();
        return new PreparsedDocumentEntry(error);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
