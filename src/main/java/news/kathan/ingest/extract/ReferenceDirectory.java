package news.kathan.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.kathan.ingest.ReferenceLists;

/**
 * A {@link Directory} made from the reference lists alone, numbering entries in list order. It is what the
 * extractor knows before any article is stored: used by the evaluation, by tests, and by anyone running the
 * extractor without a database.
 */
public final class ReferenceDirectory {

    private ReferenceDirectory() {
    }

    public static Directory of(ReferenceLists lists) {
        List<Known> known = new ArrayList<>();
        long id = 1;
        for (ReferenceLists.PartyEntry party : lists.parties()) {
            known.add(Known.party(id++, party.name(), names(party.name(), party.abbreviation(), party.devanagari(),
                    party.aliasList())));
        }
        id = 1;
        for (ReferenceLists.PersonEntry person : lists.people()) {
            known.add(Known.person(id++, person.name(), names(person.name(), null, person.devanagari(),
                    person.aliasList()), person.gender()));
        }
        id = 1;
        for (ReferenceLists.OutletEntry outlet : lists.outlets()) {
            known.add(Known.outlet(id++, outlet.name(), names(outlet.name(), outlet.abbreviation(),
                    outlet.devanagari(), outlet.aliasList()), "AGENCY".equals(outlet.kind()), outlet.handleList()));
        }
        return Directory.of(known);
    }

    private static List<String> names(String name, String abbreviation, String devanagari, List<String> aliases) {
        return Stream.concat(Stream.of(name, abbreviation, devanagari), aliases.stream())
                .filter(n -> n != null && !n.isBlank())
                .distinct()
                .toList();
    }
}
