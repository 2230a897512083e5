package news.kathan.outlet;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import news.kathan.api.Batches;
import news.kathan.api.Connection;
import news.kathan.api.NestedPages;
import news.kathan.article.Article;
import news.kathan.source.SourceLookup;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class OutletController {

    private static final NestedPages.Children<Article> ARTICLES =
            new NestedPages.Children<>(Article.class, "article", "outlet_id", Article::getId);

    private final OutletRepository outlets;
    private final SourceLookup lookup;

    OutletController(OutletRepository outlets, SourceLookup lookup, NestedPages nestedPages,
                     BatchLoaderRegistry registry) {
        this.outlets = outlets;
        this.lookup = lookup;
        registry.<NestedPages.Key, Connection<Article>>forName("Outlet.articles")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> nestedPages.load(keys, ARTICLES)));
    }

    @QueryMapping
    @Nullable Outlet outlet(@Argument String name) {
        return lookup.outlets(name).stream().sorted().findFirst().flatMap(outlets::findById).orElse(null);
    }

    @BatchMapping
    List<List<String>> aliases(List<Outlet> batch) {
        return Batches.children(batch, Outlet::getId, Batches.group(outlets.findAliases(Batches.ids(batch, Outlet::getId))));
    }

    @SchemaMapping
    CompletableFuture<Connection<Article>> articles(Outlet outlet, @Argument @Nullable Integer first,
                                                    @Argument @Nullable String after, DataFetchingEnvironment env) {
        return env.<NestedPages.Key, Connection<Article>>getDataLoader("Outlet.articles")
                .load(NestedPages.Key.of(outlet.getId(), first, after, env));
    }
}
