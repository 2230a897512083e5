package news.kathan.party;

import java.util.List;
import news.kathan.api.Batches;
import news.kathan.person.Person;
import news.kathan.person.PersonRepository;
import news.kathan.source.SourceLookup;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class PartyController {

    private final PartyRepository parties;
    private final PersonRepository people;
    private final SourceLookup lookup;

    PartyController(PartyRepository parties, PersonRepository people, SourceLookup lookup) {
        this.parties = parties;
        this.people = people;
        this.lookup = lookup;
    }

    @QueryMapping
    @Nullable Party party(@Argument String name) {
        return lookup.parties(name).stream().sorted().findFirst().flatMap(parties::findById).orElse(null);
    }

    @BatchMapping
    List<List<String>> aliases(List<Party> batch) {
        return Batches.children(batch, Party::getId, Batches.group(parties.findAliases(Batches.ids(batch, Party::getId))));
    }

    @BatchMapping
    List<List<Person>> members(List<Party> batch) {
        return Batches.children(batch, Party::getId, Batches.group(people.findMembers(Batches.ids(batch, Party::getId))));
    }
}
