package news.kathan.api;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * A field of a {@code @BatchMapping} whose value the request's data loader already holds is answered with that
 * value at once. A page that reads its hops along with it (the article, outlet and source of each quote or claim,
 * {@code news.kathan.article.AttributedPages}) primes the loaders of those hops; without this, each of those
 * fields would still call the loader, get a completed future back from its cache, and have graphql-java resume
 * the field from that future, a few hundred times for a page of 50 quotes. A field whose value the loader does not
 * yet hold, or holds as a failure, is loaded in a batch as before.
 */
@Configuration(proxyBeanMethods = false)
class PrimedFields {

    @Bean
    GraphQlSourceBuilderCustomizer primedBatchFields() {
        return builder -> builder.typeVisitors(List.of(new Visitor()));
    }

    /** Wraps the data fetcher of every field that Spring for GraphQL resolves through a {@code @BatchMapping}. */
    static final class Visitor extends GraphQLTypeVisitorStub {

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                                                            TraverserContext<GraphQLSchemaElement> context) {
            GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
            if (registry != null && context.getParentNode() instanceof GraphQLFieldsContainer parent) {
                FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
                DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                if (isBatchMapping(fetcher)) {
                    // Spring for GraphQL names a batch mapping's loader by the field's coordinates.
                    registry.dataFetcher(coordinates, new FromLoaderFirst(coordinates.toString(), fetcher));
                }
            }
            return TraversalControl.CONTINUE;
        }

        private static boolean isBatchMapping(DataFetcher<?> fetcher) {
            if (!(fetcher instanceof SelfDescribingDataFetcher<?> described) || !described.usesDataLoader()) {
                return false;
            }
            Method method = described.asMethod();
            return method != null && AnnotatedElementUtils.hasAnnotation(method, BatchMapping.class);
        }
    }

    /**
     * Trivial in graphql-java's sense: it reads the loader's cache or asks the loader, and does no I/O of its own
     * (the batch load runs later, in the loader, which Spring for GraphQL runs with the request's context). So
     * Spring for GraphQL does not wrap it for context propagation, which a value from the cache does not need.
     */
    record FromLoaderFirst(String loaderName, DataFetcher<?> batchMapping) implements TrivialDataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment env) throws Exception {
            DataLoader<Object, Object> loader = env.getDataLoader(loaderName);
            if (loader != null) {
                CompletableFuture<Object> held = loader.getIfCompleted(env.getSource()).orElse(null);
                if (held != null && !held.isCompletedExceptionally()) {
                    return held.join();
                }
            }
            return batchMapping.get(env);
        }
    }
}
