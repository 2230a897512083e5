package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import news.kathan.ApiTest;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.instrumentation.DataLoaderInstrumentation;
import org.dataloader.instrumentation.DataLoaderInstrumentationContext;
import org.dataloader.instrumentation.DataLoaderInstrumentationHelper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Fields of batch mappings answer from what their loaders already hold, and load what they do not (PrimedFields). */
@ApiTest
class PrimedFieldsTest {

    @Autowired
    ExecutionGraphQlService service;

    @Test
    void thePageOfQuotesHopsReadWithItAreNotLoadedAgainFieldByField() {
        Map<String, AtomicInteger> loads = new ConcurrentHashMap<>();
        DataLoaderInstrumentation counting = new DataLoaderInstrumentation() {
            @Override
            public DataLoaderInstrumentationContext<Object> beginLoad(DataLoader<?, ?> loader, Object key,
                                                                      Object context) {
                loads.computeIfAbsent(loader.getName(), name -> new AtomicInteger()).incrementAndGet();
                return DataLoaderInstrumentationHelper.noOpCtx();
            }
        };
        DataLoaderRegistry registry = DataLoaderRegistry.newRegistry().instrumentation(counting).build();
        GraphQlTester graphQl = ExecutionGraphQlServiceTester.builder(service)
                .configureExecutionInput((input, builder) -> builder.dataLoaderRegistry(registry).build()).build();

        List<Object> quotes = graphQl.document("""
                        { quotes(first: 20) { nodes { text history { __typename } via { name } speaker { ... on Person { name } }
                          article { title outlet { name } } } } }""")
                .execute().errors().verify().path("quotes.nodes").entityList(Object.class).get();

        assertThat(quotes).isNotEmpty();
        // The page read its articles, their outlets, its speakers and its vias (AttributedPages) and primed their
        // loaders; a quote's history is not read with it, so each quote still asks its loader, which shows the
        // count counts.
        assertThat(loads.get("Quote.history")).hasValue(quotes.size());
        assertThat(loads).doesNotContainKeys("Quote.article", "Article.outlet", "Quote.speaker", "Quote.via");
    }

    @Test
    void aValueTheLoaderHoldsIsAnsweredAtOnceAndAnyOtherIsLoaded() throws Exception {
        AtomicInteger batches = new AtomicInteger();
        DataLoader<String, String> loader = DataLoaderFactory.newDataLoader("Thing.name", (List<String> keys) -> {
            batches.incrementAndGet();
            return CompletableFuture.completedFuture(keys.stream().map(String::toUpperCase).toList());
        });
        loader.prime("primed", "held value");
        loader.prime("failed", new IllegalStateException("the batch failed"));
        DataLoaderRegistry registry = DataLoaderRegistry.newRegistry().register("Thing.name", loader).build();
        DataFetcher<Object> batchMapping = env -> env.<String, String>getDataLoader("Thing.name").load(env.getSource());
        var fetcher = new PrimedFields.FromLoaderFirst("Thing.name", batchMapping);

        assertThat(fetcher.get(environment(registry, "primed"))).isEqualTo("held value");

        Object unheld = fetcher.get(environment(registry, "other"));
        Object failed = fetcher.get(environment(registry, "failed"));
        assertThat(unheld).isInstanceOf(CompletableFuture.class);
        assertThat(failed).isInstanceOf(CompletableFuture.class);
        loader.dispatchAndJoin();
        assertThat(((CompletableFuture<?>) unheld).join()).isEqualTo("OTHER");
        assertThat(((CompletableFuture<?>) failed)).isCompletedExceptionally();
        assertThat(batches).hasValue(1);
    }

    private static DataFetchingEnvironment environment(DataLoaderRegistry registry, String source) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(source).dataLoaderRegistry(registry)
                .build();
    }
}
