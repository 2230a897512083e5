package news.kathan.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import news.kathan.ingest.read.ArticleReader;
import news.kathan.ingest.read.ParsedArticle;
import news.kathan.source.SourceKind;
import news.kathan.text.NameKeys;

/**
 * Scores the extractor against gold annotations. A quote counts when its words overlap the gold quote's and its
 * speaker is the gold speaker (same name key); a claim likewise with its source; an event when kind, date and
 * precision agree; people and parties when they are the same by name key. Each gold record matches at most one
 * found record.
 */
final class Evaluation {

    static final List<String> KINDS = List.of("quotes (with speaker)", "claims (with source)",
            "events (with date)", "people", "parties");

    private final Directory directory;
    private final Extractor extractor;
    private final ArticleReader reader = new ArticleReader();
    final Map<String, Score> scores = new LinkedHashMap<>();
    int articles;
    int inventedDates;
    int wrongDates;

    Evaluation(Directory directory) {
        this.directory = directory;
        this.extractor = new Extractor(directory);
        KINDS.forEach(kind -> scores.put(kind, new Score()));
    }

    void evaluate(Gold gold, String raw) {
        articles++;
        ParsedArticle parsed = reader.read(raw, null);
        ExtractedArticle found = extractor.extract(parsed);
        String file = gold.file();
        if (gold.publishedOn() == null && parsed.publishedOn() != null) {
            inventedDates++;
        } else if (gold.publishedOn() != null && !gold.publishedOn().equals(parsed.publishedOn())) {
            wrongDates++;
        }
        Map<Long, Set<String>> personKeys = personKeys(found);
        scoreQuotes(file, gold, found, personKeys);
        scoreClaims(file, gold, found, personKeys);
        scoreEvents(file, gold, found);
        scorePeople(file, gold, found, personKeys);
        scoreParties(file, gold, found);
    }

    /** Every name key a found person answers to: their directory names and every form printed in the article. */
    private Map<Long, Set<String>> personKeys(ExtractedArticle found) {
        Map<Long, Set<String>> keys = new LinkedHashMap<>();
        for (NameMention mention : found.names().mentions()) {
            if (!mention.isPerson()) {
                continue;
            }
            Set<String> set = keys.computeIfAbsent(mention.id(), id -> new HashSet<>());
            set.add(NameKeys.of(found.article().body().substring(mention.start(), mention.end())));
            directory.get(EntityKind.PERSON, mention.id()).ifPresent(known -> {
                set.add(NameKeys.of(known.name()));
                known.names().forEach(n -> set.add(NameKeys.of(n)));
            });
            String fresh = found.names().newPeople().get(mention.id());
            if (fresh != null) {
                set.add(NameKeys.of(fresh));
            }
        }
        return keys;
    }

    private String describe(Source source, ExtractedArticle found) {
        return switch (source.kind()) {
            case PERSON -> source.id() > 0
                    ? directory.get(EntityKind.PERSON, source.id()).map(Known::name).orElse("?")
                    : found.names().newPeople().getOrDefault(source.id(), "?");
            case PARTY -> directory.get(EntityKind.PARTY, source.id()).map(Known::name).orElse("?");
            case OUTLET -> directory.get(EntityKind.OUTLET, source.id()).map(Known::name).orElse("?");
            case ANONYMOUS -> "anonymous '" + source.description() + "'" + (source.affiliationPartyId() == null ? ""
                    : " (" + directory.get(EntityKind.PARTY, source.affiliationPartyId()).map(Known::name).orElse("?") + ")");
        };
    }

    private boolean sameSource(Gold.GoldSource gold, Source found, Map<Long, Set<String>> personKeys) {
        SourceKind kind = SourceKind.valueOf(gold.kind().toUpperCase(Locale.ROOT));
        if (kind != found.kind()) {
            return false;
        }
        return switch (kind) {
            case PERSON -> gold.name() != null && personKeys.getOrDefault(found.id(), Set.of()).contains(NameKeys.of(gold.name()));
            case PARTY -> gold.name() != null && directory.named(EntityKind.PARTY, gold.name()).stream()
                    .anyMatch(k -> k.id() == found.id());
            case OUTLET -> gold.name() != null && directory.named(EntityKind.OUTLET, gold.name()).stream()
                    .anyMatch(k -> k.id() == found.id());
            case ANONYMOUS -> gold.affiliation() == null || found.affiliationPartyId() != null
                    && directory.named(EntityKind.PARTY, gold.affiliation()).stream()
                    .anyMatch(k -> k.id() == found.affiliationPartyId());
        };
    }

    private static String goldSource(Gold.GoldSource source) {
        return source.kind() + " " + (source.name() != null ? source.name() : "'" + source.description() + "'")
                + (source.affiliation() == null ? "" : " (" + source.affiliation() + ")");
    }

    private void scoreQuotes(String file, Gold gold, ExtractedArticle found, Map<Long, Set<String>> personKeys) {
        Score score = new Score();
        score.expected = gold.quoteList().size();
        score.predicted = found.quotes().size();
        String body = found.article().body();
        Set<Integer> used = new HashSet<>();
        for (Gold.GoldQuote expected : gold.quoteList()) {
            int best = bestTextMatch(expected.text(), found.quotes().stream().map(q -> body.substring(q.start(), q.end())).toList(), used);
            if (best >= 0 && sameSource(expected.speaker(), found.quotes().get(best).speaker(), personKeys)) {
                used.add(best);
                score.truePositives++;
            } else if (best >= 0) {
                used.add(best);
                score.misses.add(file + ": wrong speaker " + describe(found.quotes().get(best).speaker(), found)
                        + ", expected " + goldSource(expected.speaker()) + ": " + clip(expected.text()));
            } else {
                score.misses.add(file + ": " + goldSource(expected.speaker()) + ": " + clip(expected.text()));
            }
        }
        for (int i = 0; i < found.quotes().size(); i++) {
            if (!used.contains(i)) {
                FoundQuote q = found.quotes().get(i);
                score.falseFinds.add(file + ": " + describe(q.speaker(), found) + " [" + q.method() + "]: "
                        + clip(body.substring(q.start(), q.end())));
            }
        }
        scores.get("quotes (with speaker)").add(score);
    }

    private void scoreClaims(String file, Gold gold, ExtractedArticle found, Map<Long, Set<String>> personKeys) {
        Score score = new Score();
        score.expected = gold.claimList().size();
        score.predicted = found.claims().size();
        String body = found.article().body();
        Set<Integer> used = new HashSet<>();
        for (Gold.GoldClaim expected : gold.claimList()) {
            List<String> texts = found.claims().stream().map(c -> body.substring(c.start(), c.end())).toList();
            int best = bestTextMatch(expected.text(), texts, used, i -> sameSource(expected.source(),
                    found.claims().get(i).source(), personKeys));
            if (best >= 0) {
                used.add(best);
                score.truePositives++;
            } else {
                int anySource = bestTextMatch(expected.text(), texts, used);
                score.misses.add(file + ": " + goldSource(expected.source()) + (anySource >= 0 ? " (found with source "
                        + describe(found.claims().get(anySource).source(), found) + ")" : "") + ": " + clip(expected.text()));
            }
        }
        for (int i = 0; i < found.claims().size(); i++) {
            if (!used.contains(i)) {
                FoundClaim c = found.claims().get(i);
                score.falseFinds.add(file + ": " + describe(c.source(), found) + " [" + c.method() + "]: "
                        + clip(body.substring(c.start(), c.end())));
            }
        }
        scores.get("claims (with source)").add(score);
    }

    private void scoreEvents(String file, Gold gold, ExtractedArticle found) {
        Score score = new Score();
        Map<String, FoundEvent> predicted = new LinkedHashMap<>();
        for (FoundEvent event : found.events()) {
            predicted.putIfAbsent(eventKey(event.kind().name(), event.date(), event.precision().name()), event);
        }
        Set<String> expected = new LinkedHashSet<>();
        for (Gold.GoldEvent event : gold.eventList()) {
            expected.add(eventKey(event.kind(), event.date(), event.precision()));
        }
        score.expected = expected.size();
        score.predicted = predicted.size();
        for (String key : expected) {
            if (predicted.containsKey(key)) {
                score.truePositives++;
            } else {
                score.misses.add(file + ": " + key);
            }
        }
        predicted.forEach((key, event) -> {
            if (!expected.contains(key)) {
                score.falseFinds.add(file + ": " + key + " [" + event.method() + "]: " + clip(event.summary()));
            }
        });
        scores.get("events (with date)").add(score);
    }

    private static String eventKey(String kind, LocalDate date, String precision) {
        return kind + " " + switch (precision) {
            case "YEAR" -> String.valueOf(date.getYear());
            case "MONTH" -> date.toString().substring(0, 7);
            default -> date.toString();
        };
    }

    private void scorePeople(String file, Gold gold, ExtractedArticle found, Map<Long, Set<String>> personKeys) {
        Score score = new Score();
        score.expected = gold.peopleList().size();
        score.predicted = personKeys.size();
        Set<Long> matched = new HashSet<>();
        for (Gold.GoldPerson person : gold.peopleList()) {
            Set<String> keys = new HashSet<>();
            keys.add(NameKeys.of(person.name()));
            if (person.forms() != null) {
                person.forms().forEach(f -> keys.add(NameKeys.of(f)));
            }
            Long hit = personKeys.entrySet().stream()
                    .filter(e -> !matched.contains(e.getKey()) && e.getValue().stream().anyMatch(keys::contains))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (hit != null) {
                matched.add(hit);
                score.truePositives++;
            } else {
                score.misses.add(file + ": " + person.name());
            }
        }
        personKeys.keySet().stream().filter(id -> !matched.contains(id)).forEach(id ->
                score.falseFinds.add(file + ": " + describe(Source.person(id), found)));
        scores.get("people").add(score);
    }

    private void scoreParties(String file, Gold gold, ExtractedArticle found) {
        Score score = new Score();
        Set<Long> predicted = found.names().mentions().stream().filter(m -> m.kind() == EntityKind.PARTY)
                .map(NameMention::id).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> expected = new LinkedHashSet<>(gold.partyList());
        score.expected = expected.size();
        score.predicted = predicted.size();
        Set<Long> matched = new HashSet<>();
        for (String party : expected) {
            Long id = directory.named(EntityKind.PARTY, party).stream().map(Known::id).filter(predicted::contains)
                    .findFirst().orElse(null);
            if (id != null) {
                matched.add(id);
                score.truePositives++;
            } else {
                score.misses.add(file + ": " + party);
            }
        }
        predicted.stream().filter(id -> !matched.contains(id)).forEach(id -> score.falseFinds.add(file + ": "
                + directory.get(EntityKind.PARTY, id).map(Known::name).orElse("?")));
        scores.get("parties").add(score);
    }

    private static int bestTextMatch(String expected, List<String> candidates, Set<Integer> used) {
        return bestTextMatch(expected, candidates, used, i -> true);
    }

    /** The unused candidate whose words best overlap the expected text, or -1 when none overlaps enough. */
    private static int bestTextMatch(String expected, List<String> candidates, Set<Integer> used,
                                     java.util.function.IntPredicate acceptable) {
        Set<String> want = tokens(expected);
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < candidates.size(); i++) {
            if (used.contains(i) || !acceptable.test(i)) {
                continue;
            }
            Set<String> have = tokens(candidates.get(i));
            Set<String> common = new HashSet<>(want);
            common.retainAll(have);
            if (want.isEmpty() || have.isEmpty()) {
                continue;
            }
            double containment = (double) common.size() / Math.min(want.size(), have.size());
            Set<String> union = new HashSet<>(want);
            union.addAll(have);
            double jaccard = (double) common.size() / union.size();
            if (containment >= 0.6 && jaccard >= 0.25 && jaccard > bestScore) {
                best = i;
                bestScore = jaccard;
            }
        }
        return best;
    }

    private static Set<String> tokens(String text) {
        Set<String> tokens = new HashSet<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static String clip(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 110 ? oneLine : oneLine.substring(0, 107) + "...";
    }

    String report(String title, boolean withLists) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(title).append(" (").append(articles).append(" articles)\n\n");
        out.append("| kind                       | gold | found| match| prec  | recall| F1    |\n");
        out.append("|----------------------------|------|------|------|-------|-------|-------|\n");
        scores.forEach((kind, score) -> out.append(score.row(kind)).append('\n'));
        out.append("\nPublication dates: ").append(inventedDates).append(" invented, ").append(wrongDates)
                .append(" wrong.\n");
        if (withLists) {
            scores.forEach((kind, score) -> {
                if (!score.misses.isEmpty() || !score.falseFinds.isEmpty()) {
                    out.append("\n#### ").append(kind).append('\n');
                    score.misses.forEach(m -> out.append("- miss: ").append(m).append('\n'));
                    score.falseFinds.forEach(f -> out.append("- false: ").append(f).append('\n'));
                }
            });
        }
        return out.toString();
    }

    Score score(String kind) {
        return Objects.requireNonNull(scores.get(kind), kind);
    }
}
