package news.kathan.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * How many of the records planted in synthetic articles the pipeline found, with what it missed, for tests to
 * hold figures against. A planted quote is found when a quote of the article holds its words (or lies within
 * them) with the planted speaker; a claim when a claim overlaps its words with the planted source (any anonymous
 * source for an anonymous claim); an event when one of its kind, date and precision has the planted person.
 */
final class PlantedRecords {

    /** A stored or extracted record, reduced to what is compared. */
    record Found(String text, String sourceKind, long sourceId) {
    }

    /** An event as found, reduced likewise. */
    record FoundEvent(String kind, java.time.LocalDate date, String precision, List<Long> participants) {
    }

    int quotes;
    int quotesFound;
    int claims;
    int claimsFound;
    int anonymous;
    int anonymousFound;
    int events;
    int eventsFound;
    final List<String> misses = new ArrayList<>();

    /**
     * Counts one article: its plan, what was found, and the ids the records of the cast have where they were
     * stored (people by rank, parties and outlets by index in the cast).
     */
    void add(ArticlePlan plan, List<Found> foundQuotes, List<Found> foundClaims, List<FoundEvent> foundEvents,
             IntToLongFunction personId, IntToLongFunction partyId, IntToLongFunction outletId) {
        for (ArticlePlan.Quote quote : plan.quotes()) {
            quotes++;
            long speaker = personId.applyAsLong(quote.speaker());
            if (foundQuotes.stream().anyMatch(f -> sameWords(f.text(), quote.text()) && f.sourceKind().equals("PERSON")
                    && f.sourceId() == speaker)) {
                quotesFound++;
            } else {
                misses.add(plan.externalId() + " quote of #" + quote.speaker() + ": " + quote.text() + " / found "
                        + foundQuotes.stream().filter(f -> sameWords(f.text(), quote.text())).toList());
            }
        }
        for (ArticlePlan.Claim claim : plan.claims()) {
            boolean isAnonymous = claim.kind() == news.kathan.source.SourceKind.ANONYMOUS;
            long source = switch (claim.kind()) {
                case PERSON -> personId.applyAsLong(claim.source());
                case PARTY -> partyId.applyAsLong(claim.source());
                case OUTLET -> outletId.applyAsLong(claim.source());
                case ANONYMOUS -> -1;
            };
            boolean found = foundClaims.stream().anyMatch(f -> sameWords(f.text(), claim.text())
                    && f.sourceKind().equals(claim.kind().name()) && (isAnonymous || f.sourceId() == source));
            if (isAnonymous) {
                anonymous++;
                anonymousFound += found ? 1 : 0;
            } else {
                claims++;
                claimsFound += found ? 1 : 0;
            }
            if (!found) {
                misses.add(plan.externalId() + " claim of " + claim.kind() + " " + claim.printedSource() + ": "
                        + claim.text() + " / found "
                        + foundClaims.stream().filter(f -> sameWords(f.text(), claim.text())).toList());
            }
        }
        for (ArticlePlan.Event event : plan.events()) {
            events++;
            long person = personId.applyAsLong(event.person());
            if (foundEvents.stream().anyMatch(f -> f.kind().equals(event.kind().name()) && f.date().equals(event.date())
                    && f.precision().equals(event.precision().name()) && f.participants().contains(person))) {
                eventsFound++;
            } else {
                misses.add(plan.externalId() + " event " + event + " / found " + foundEvents);
            }
        }
    }

    /** The same words, ignoring the capital a claim gets at the start of a sentence. */
    private static boolean sameWords(String found, String planted) {
        String a = found.toLowerCase(java.util.Locale.ROOT);
        String b = planted.toLowerCase(java.util.Locale.ROOT);
        return a.contains(b) || b.contains(a) && a.length() * 2 > b.length();
    }

    double quoteRecall() {
        return quotesFound / (double) quotes;
    }

    double claimRecall() {
        return claimsFound / (double) claims;
    }

    double anonymousRecall() {
        return anonymousFound / (double) anonymous;
    }

    double eventRecall() {
        return eventsFound / (double) events;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "quotes %d/%d, claims %d/%d, anonymous %d/%d, events %d/%d",
                quotesFound, quotes, claimsFound, claims, anonymousFound, anonymous, eventsFound, events);
    }
}
