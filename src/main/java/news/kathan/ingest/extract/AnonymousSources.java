package news.kathan.ingest.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.kathan.text.Resources;

/** Finds phrases that name a source without naming a person, from {@code text/anonymous-sources.txt}. */
final class AnonymousSources {

    /** An anonymous source phrase: where it is, and the source it names. */
    record Found(int start, int end, Source source) {
    }

    private static final List<Pattern> PATTERNS = Resources.lines("anonymous-sources.txt").stream()
            .map(regex -> Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS))
            .toList();

    private AnonymousSources() {
    }

    /** The longest anonymous-source phrase inside [start, end) of the text, preferring the one nearest the end. */
    static Optional<Found> within(ArticleText text, int start, int end) {
        Found best = null;
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(text.body).region(start, end);
            while (m.find()) {
                if (m.start() > 0 && Character.isLetter(text.body.charAt(m.start() - 1))) {
                    continue;
                }
                Found found = found(text, m.start(), m.end());
                if (best == null || found.end() > best.end()
                        || found.end() == best.end() && found.start() < best.start()) {
                    best = found;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The anonymous-source phrase that starts last in [start, end), if any. */
    static Optional<Found> lastWithin(ArticleText text, int start, int end) {
        Found last = null;
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(text.body).region(start, end);
            while (m.find()) {
                if (last == null || m.start() > last.start()) {
                    last = found(text, m.start(), m.end());
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The source a phrase names. A party named in it is its affiliation ("sources in the UP Congress"); "party
     * sources" / "पार्टी सूत्रों" belong to the party the passage is about, the latest one named before them.
     */
    private static Found found(ArticleText text, int start, int end) {
        Long affiliation = text.names.within(start, end).stream()
                .filter(m -> m.kind() == EntityKind.PARTY)
                .map(NameMention::id)
                .findFirst().orElse(null);
        String phrase = text.body.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        if (affiliation == null && (phrase.contains("party") || phrase.contains("पार्टी"))) {
            affiliation = text.names.mentions().stream()
                    .filter(m -> m.kind() == EntityKind.PARTY && m.end() <= start)
                    .reduce((first, second) -> second).map(NameMention::id).orElse(null);
        }
        String description = text.body.substring(start, end).strip().replaceAll("\\s+", " ");
        return new Found(start, end, Source.anonymous(description, affiliation));
    }
}
