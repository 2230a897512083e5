package news.kathan.ingest.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the subject of a reporting verb (the words before "said", before ने, after "said") to a source: an
 * anonymous-source phrase, a named person, party or outlet, or a pronoun or description ("he", "उन्होंने",
 * "the former minister") that stands for the person the passage is about.
 */
final class Attribution {

    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:who|which|whose|जो|जिन्होंने)\\b[^,]*,?\\s*$");
    private static final Pattern ANONYMITY = Pattern.compile(
            "(?i)on\\s+(?:the\\s+)?condition\\s+of\\s+anonymity|requesting\\s+anonymity|declining\\s+to\\s+be\\s+named|"
                    + "who\\s+did\\s+not\\s+want\\s+to\\s+be\\s+named|नाम\\s+न\\s+(?:छापने|बताने)");
    private static final Pattern PRONOUN_EN = Pattern.compile("(?i)(?:^|\\s)(he|she)\\s*$");
    private static final Pattern DESCRIPTION_EN = Pattern.compile(
            "(?i)(?:^|\\s)the\\s+(?:(?:former|senior|veteran|young|ex-|then)\\s*)*(?:[\\p{L}-]+\\s+){0,2}(?:"
                    + Lexicon.ROLES_EN_PATTERN + ")(?:\\s+mentioned\\s+above)?\\s*$");

    private Attribution() {
    }

    /** The source named by the words in [start, end), which end right before a reporting verb. */
    static Optional<Source> subject(ArticleText text, int start, int end) {
        if (end <= start) {
            return Optional.empty();
        }
        // "Sunita Mandal, who is not related to the expelled MLC, claimed": the subject is before the clause.
        Matcher relative = RELATIVE_CLAUSE.matcher(text.body).region(start, end);
        if (relative.find()) {
            end = relative.start();
        }
        Optional<AnonymousSources.Found> anonymous = AnonymousSources.within(text, start, end);
        Optional<NameMention> named = text.mentionsWithin(start, end).stream().findFirst();
        if (anonymous.isPresent() && (named.isEmpty() || anonymous.get().end() >= named.get().end())) {
            return Optional.of(anonymous.get().source());
        }
        String words = text.slice(start, end);
        Matcher description = DESCRIPTION_EN.matcher(words);
        Matcher pronounAtEnd = PRONOUN_EN.matcher(words);
        boolean descriptionAfterName = named.isPresent()
                && (description.find() && start + description.start() >= named.get().end()
                || pronounAtEnd.find() && start + pronounAtEnd.start() >= named.get().end());
        if (named.isPresent() && !descriptionAfterName && endsNear(text, named.get().end(), end)) {
            return named.map(Source::of);
        }
        java.util.regex.Matcher pronoun = PRONOUN_EN.matcher(words);
        if (pronoun.find()) {
            return text.personInFocus(end, ArticleText.genderOf(pronoun.group(1))).map(Source::person);
        }
        if (endsWithHindiPronoun(words) || DESCRIPTION_EN.matcher(words).find()) {
            return text.personInFocus(end).map(Source::person);
        }
        return Optional.empty();
    }

    /**
     * The subject of a sentence, for verbs whose subject is not next to them: a coordinated verb ("had played …
     * and had also claimed that"), or a participle ("… conversations with the minister alleging that"). It is the
     * first person named in the sentence, or the person in focus when the sentence opens with a pronoun.
     */
    static Optional<Source> sentenceSubject(ArticleText text, news.kathan.text.Sentences.Sentence sentence, int before) {
        String opening = text.slice(sentence.start(), before).strip().toLowerCase(Locale.ROOT);
        if (opening.matches("^(he|she)\\b.*")) {
            return text.personInFocus(sentence.start(), opening.startsWith("she") ? "F" : "M").map(Source::person);
        }
        return text.names.within(sentence.start(), before).stream()
                .filter(NameMention::isPerson).findFirst().map(Source::of);
    }

    /**
     * "…," he said on condition of anonymity: the speaker is the anonymous source the passage is about (the latest
     * one named in the few sentences before), not a named person.
     */
    static Optional<Source> anonymousSpeaker(ArticleText text, int attributionStart, int attributionEnd) {
        if (!ANONYMITY.matcher(text.slice(attributionStart, attributionEnd)).find()) {
            return Optional.empty();
        }
        int from = Math.max(0, attributionStart - 600);
        return AnonymousSources.lastWithin(text, from, attributionStart).map(AnonymousSources.Found::source);
    }

    /** The pronoun forms that stand for a person as the subject of Hindi speech. */
    static boolean endsWithHindiPronoun(String words) {
        String last = lastWord(words);
        return Lexicon.PRONOUNS.contains(last) && !last.chars().allMatch(c -> c < 128);
    }

    /** A name counts as the subject only when little but adverbial filler lies between it and the verb. */
    private static boolean endsNear(ArticleText text, int nameEnd, int verbStart) {
        String between = text.slice(nameEnd, verbStart).strip();
        return between.length() <= 40 && !between.contains(".") && !between.contains("।");
    }

    static String lastWord(String words) {
        String[] parts = words.strip().split("\\s+");
        return parts.length == 0 ? "" : parts[parts.length - 1].toLowerCase(Locale.ROOT);
    }
}
