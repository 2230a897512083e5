package news.kathan.api;

import java.util.Map;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.node}: any object by its global id. A malformed id is the client's mistake (BAD_REQUEST); a
 * well-formed id of nothing gives null and a NOT_FOUND error, as GitHub's API does.
 */
@Controller
class NodeController {

    private final Map<String, CrudRepository<?, Long>> repositories;
    private final news.kathan.person.PersonMergeRepository merges;

    NodeController(news.kathan.article.ArticleRepository articles, news.kathan.person.PersonRepository people,
                   news.kathan.party.PartyRepository parties, news.kathan.outlet.OutletRepository outlets,
                   news.kathan.quote.QuoteRepository quotes, news.kathan.claim.ClaimRepository claims,
                   news.kathan.event.EventRepository events,
                   news.kathan.source.AnonymousSourceRepository anonymousSources,
                   news.kathan.person.PersonMergeRepository merges) {
        this.merges = merges;
        this.repositories = Map.of("Article", articles, "Person", people, "Party", parties, "Outlet", outlets,
                "Quote", quotes, "Claim", claims, "Event", events, "AnonymousSource", anonymousSources);
    }

    @QueryMapping
    Object node(@Argument String id) {
        NodeId node = NodeId.decode(id).orElseThrow(() -> new BadRequestException("Not a valid node id: " + id));
        Optional<?> found = repositories.get(node.type()).findById(node.id());
        if (found.isEmpty() && node.type().equals("Person")) {
            // A person merged into another answers as the person they became.
            found = merges.findById(node.id()).flatMap(merge -> repositories.get("Person").findById(merge.getIntoId()));
        }
        return found.orElseThrow(() -> new NotFoundException("No " + node.type() + " has the id " + id));
    }
}
