package news.kathan.source;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import news.kathan.api.Batches;
import news.kathan.api.Connection;
import news.kathan.api.NestedPages;
import news.kathan.claim.Claim;
import news.kathan.party.Party;
import news.kathan.party.PartyRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class AnonymousSourceController {

    private static final NestedPages.Children<Claim> CLAIMS =
            NestedPages.Children.active(Claim.class, "claim", "source_anonymous_source_id", Claim::getId);

    private final PartyRepository parties;

    AnonymousSourceController(PartyRepository parties, NestedPages nestedPages, BatchLoaderRegistry registry) {
        this.parties = parties;
        registry.<NestedPages.Key, Connection<Claim>>forName("AnonymousSource.claims")
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> nestedPages.load(keys, CLAIMS)));
    }

    @BatchMapping
    Map<AnonymousSource, Party> affiliation(List<AnonymousSource> batch) {
        return Batches.resolve(batch, AnonymousSource::getAffiliationPartyId, Batches.byId(
                parties.findAllById(Batches.ids(batch, AnonymousSource::getAffiliationPartyId)), Party::getId));
    }

    @SchemaMapping
    CompletableFuture<Connection<Claim>> claims(AnonymousSource source, @Argument @Nullable Integer first,
                                                @Argument @Nullable String after, DataFetchingEnvironment env) {
        return env.<NestedPages.Key, Connection<Claim>>getDataLoader("AnonymousSource.claims")
                .load(NestedPages.Key.of(source.getId(), first, after, env));
    }
}
