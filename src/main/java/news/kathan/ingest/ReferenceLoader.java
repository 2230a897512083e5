package news.kathan.ingest;

import java.util.HashMap;
import java.util.Map;
import news.kathan.outlet.Outlet;
import news.kathan.outlet.OutletKind;
import news.kathan.outlet.OutletRepository;
import news.kathan.party.Party;
import news.kathan.party.PartyRepository;
import news.kathan.person.Origin;
import news.kathan.person.Person;
import news.kathan.person.PersonRepository;
import news.kathan.person.NamesChanged;
import news.kathan.text.NameKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the reference lists into the database. Idempotent: an entry already stored (found by canonical name, or
 * for people by any of their names) gains the names it is missing and nothing is duplicated, so the lists can be
 * loaded at every start and extended by editors. The synthetic archive registers its invented people here too.
 * Once the lists are stored, the directory of known names is rebuilt, so that the next article is read with them.
 */
@Component
public class ReferenceLoader {

    private final PartyRepository parties;
    private final PersonRepository people;
    private final OutletRepository outlets;
    private final ApplicationEventPublisher events;

    ReferenceLoader(PartyRepository parties, PersonRepository people, OutletRepository outlets,
                    ApplicationEventPublisher events) {
        this.parties = parties;
        this.people = people;
        this.outlets = outlets;
        this.events = events;
    }

    @Transactional
    public void load(ReferenceLists lists) {
        events.publishEvent(new NamesChanged());
        Map<String, Long> partyIds = new HashMap<>();
        for (ReferenceLists.PartyEntry entry : lists.parties()) {
            Party party = parties.findByName(entry.name()).orElseGet(() -> parties.save(
                    new Party(entry.name(), entry.abbreviation(), entry.devanagari(), entry.wikidata())));
            entry.aliasList().forEach(party::addAlias);
            partyIds.put(NameKeys.of(entry.name()), party.getId());
            if (entry.abbreviation() != null) {
                partyIds.put(NameKeys.of(entry.abbreviation()), party.getId());
            }
        }
        for (ReferenceLists.PersonEntry entry : lists.people()) {
            Person person = people.findByAliasKey(NameKeys.of(entry.name())).stream().findFirst()
                    .orElseGet(() -> people.save(new Person(entry.name(), entry.devanagari(), entry.wikidata(),
                            Origin.REFERENCE)));
            if (entry.devanagari() != null) {
                person.addAlias(entry.devanagari());
            }
            person.setGender(entry.gender());
            entry.aliasList().forEach(person::addAlias);
            for (ReferenceLists.Membership membership : entry.membershipList()) {
                Long partyId = partyIds.get(NameKeys.of(membership.party()));
                if (partyId == null) {
                    throw new IllegalStateException("people.yaml: " + entry.name() + " belongs to unknown party "
                            + membership.party());
                }
                person.joinParty(partyId, membership.since(), membership.until(), Origin.REFERENCE);
            }
        }
        for (ReferenceLists.OutletEntry entry : lists.outlets()) {
            Outlet outlet = outlets.findByName(entry.name()).orElseGet(() -> outlets.save(
                    new Outlet(entry.name(), entry.abbreviation(), OutletKind.valueOf(entry.kind()))));
            if (entry.devanagari() != null) {
                outlet.addAlias(entry.devanagari());
            }
            entry.aliasList().forEach(outlet::addAlias);
            entry.handleList().forEach(outlet::addHandle);
        }
    }
}
