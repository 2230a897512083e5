package news.kathan.ingest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.kathan.text.Resources;
import news.kathan.text.Sentences.Sentence;

/**
 * Direct quotes in quotation marks, attributed from the words around them.
 *
 * <p>After the quote: "…,” he said", "…,” said Shukla", "…” a senior BSP leader told TSG", "…' उन्होंने कहा".
 * Before it: "Shukla says, “…", "told IANS: “…", "उन्होंने कहा, "…", "X ने … कहा कि "…", "X बोले- ‘…’", and a
 * quote embedded in reported speech ("Shukla wrote that he is resigning “due to unavoidable reasons.”").
 * Quotes nobody can be found for are dropped: a wrong speaker is worse than a missed quote. Words of anonymous
 * sources become claims of those sources.
 */
final class QuoteExtractor {

    /** What the quotes of an article come to: quotes of named sources, and claims of anonymous ones. */
    record Result(List<FoundQuote> quotes, List<FoundClaim> claims, List<int[]> quotedSpans) {
    }

    private static final String VERBS_EN = Lexicon.REPORTING_EN_PATTERN;
    private static final String VERBS_HI = Lexicon.REPORTING_HI_PATTERN;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** "…,” he said" / "…” a senior leader told TSG": the subject right after the quote, then the verb. */
    private static final Pattern RIGHT_SUBJECT_VERB = Pattern.compile(
            "^\\s*[,.]?\\s*(?<subj>[^,.;:!?“”\"‘’।]{1,80}?)\\s+(?:" + VERBS_EN + ")\\b", FLAGS);
    /** "…,” said Shukla". */
    private static final Pattern RIGHT_VERB_SUBJECT = Pattern.compile(
            "^\\s*[,.]?\\s*(?:said|says|added|asked)\\s+(?<subj>[^,.;:!?“”\"]{1,60})", FLAGS);
    /** "…" उन्होंने कहा।" / "…" X ने कहा।". */
    private static final Pattern RIGHT_HINDI = Pattern.compile(
            "^\\s*[,।]?\\s*(?<subj>[^।“”\"]{1,60}?)\\s*(?<ne>ने|उन्होंने|इन्होंने|उसने)\\s+(?:[^।“”\"]{0,40}?\\s)?(?:" + VERBS_HI + ")",
            FLAGS);
    /** "Shukla says, “…" / "he told IANS: “…": subject, verb, an optional short object, then the quote. */
    private static final Pattern LEFT_ENGLISH = Pattern.compile(
            "(?<subj>[^.;!?“”\"]{1,120}?)\\s+(?:" + VERBS_EN + ")(?:\\s+(?!that\\b)[\\p{L}\\-]+(?:\\s+[\\p{L}\\-]+){0,3})?"
                    + "\\s*[,:\\-–—]?\\s*$", FLAGS);
    /** "… उन्होंने कहा, "…" / "… कहा कि "…" / "… बोले- ‘…’": a Hindi reporting verb right before the quote. */
    private static final Pattern LEFT_HINDI_VERB = Pattern.compile(
            "(?<verb>" + VERBS_HI + ")(?:\\s+कि)?\\s*[,:\\-–—]?\\s*$", FLAGS);
    /** A reporting verb earlier in the sentence, for quotes embedded in reported speech. */
    private static final Pattern EMBEDDING_ENGLISH = Pattern.compile(
            "(?<subj>[^.;!?“”\"]{1,80}?)\\s+(?<verb>" + VERBS_EN + "|" + Lexicon.alternation(Lexicon.CLAUSE_VERBS_EN)
                    + "|referred\\s+to)\\b", FLAGS);
    /** A Hindi reporting verb earlier in the sentence, for quotes embedded in reported speech. */
    private static final Pattern EMBEDDING_HINDI = Pattern.compile("(?<verb>" + VERBS_HI + ")(?:\\s+कि)?\\s", FLAGS);
    /** Right context that starts a new sentence: a capitalised word, or Devanagari after a danda. */
    private static final Pattern NEXT_SENTENCE = Pattern.compile("\\s*\\p{Lu}");
    private static final Pattern TWEET_SIGNATURE = Pattern.compile(
            "pic\\.twitter\\.com/\\S+\\s*[—–-]\\s*(?<name>[^(\\n]{1,60}?)\\s*\\(@(?<handle>\\w+)\\)");
    private static final Pattern RECITED_HINDI = Pattern.compile(
            "(?:की|का|के)\\s+(?:\\S+\\s+){0,2}?(?:" + Lexicon.alternation(Set.copyOf(Resources.lines("recitation-words.txt")))
                    + ")", FLAGS);
    private static final Pattern RECITED_ENGLISH = Pattern.compile(
            "(?:quoting|reciting|recited|quoted)\\s+(?:a\\s+|the\\s+)?(?:famous\\s+)?(?:couplet|poem|lines|verse|sher)?"
                    + "\\s*(?:by|of|from)?\\s*$", FLAGS);

    private QuoteExtractor() {
    }

    static Result find(ArticleText text) {
        List<FoundQuote> quotes = new ArrayList<>();
        List<FoundClaim> claims = new ArrayList<>();
        List<int[]> quotedSpans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int previousEnd = 0;
        Speaker previous = null;
        for (QuoteMarks.Quoted quoted : QuoteMarks.find(text.body)) {
            int end = quoted.close() >= 0 ? quoted.close() + 1 : quoted.textEnd();
            quotedSpans.add(new int[] {quoted.open(), end});
            String words = text.slice(quoted.textStart(), quoted.textEnd());
            if (words.strip().split("\\s+").length < 2 || !seen.add(normalize(words))) {
                previousEnd = end;
                continue;
            }
            Optional<Speaker> speaker = attribute(text, quoted, previousEnd);
            if (speaker.isEmpty() && previous != null && continues(text, previousEnd, quoted.open())) {
                speaker = Optional.of(new Speaker(previous.source(), "quote.marks.continued", previous.confidence()));
            }
            previous = speaker.orElse(null);
            previousEnd = end;
            if (speaker.isEmpty()) {
                continue;
            }
            Source source = speaker.get().source();
            if (source.isAnonymous() && speaker.get().method().equals("quote.marks.embedded")) {
                continue; // a phrase quoted inside an anonymous source's claim stays part of that claim
            }
            if (source.isAnonymous()) {
                claims.add(new FoundClaim(quoted.textStart(), quoted.textEnd(), source, "claim.anonymous.quoted", 0.8));
                continue;
            }
            Long via = via(text, quoted);
            Long author = originalAuthor(text, quoted, previousLineStart(text, quoted.open()));
            quotes.add(new FoundQuote(quoted.textStart(), quoted.textEnd(), source, via, author,
                    speaker.get().method(), speaker.get().confidence()));
        }
        return new Result(quotes, claims, quotedSpans);
    }

    private record Speaker(Source source, String method, double confidence) {
    }

    private static Optional<Speaker> attribute(ArticleText text, QuoteMarks.Quoted quoted, int previousEnd) {
        int leftStart = Math.max(previousLineStart(text, quoted.open()), previousEnd);
        String left = text.slice(leftStart, quoted.open());
        int afterClose = quoted.close() >= 0 ? quoted.close() + 1 : quoted.textEnd();
        int rightEnd = Math.min(text.paragraphAt(afterClose)[1], afterClose + 150);
        String right = quoted.truncated() ? "" : text.slice(afterClose, rightEnd);
        // A quote that ends its own sentence ("…dogs.”) takes no speaker from the next sentence ("This was …").
        if (endsSentence(text, quoted) && NEXT_SENTENCE.matcher(right).lookingAt()) {
            right = "";
        }

        Matcher m = RIGHT_SUBJECT_VERB.matcher(right);
        if (m.find()) {
            Optional<Source> anonymous = Attribution.anonymousSpeaker(text, afterClose, afterClose + right.length());
            if (anonymous.isPresent()) {
                return Optional.of(new Speaker(anonymous.get(), "quote.marks.anonymous", 0.85));
            }
            Optional<Source> s = Attribution.subject(text, afterClose + m.start("subj"), afterClose + m.end("subj"));
            if (s.isPresent()) {
                return Optional.of(new Speaker(s.get(), "quote.marks.attribution-after", 0.95));
            }
        }
        m = RIGHT_VERB_SUBJECT.matcher(right);
        if (m.find()) {
            Optional<Source> s = firstNamed(text, afterClose + m.start("subj"), afterClose + m.end("subj"));
            if (s.isPresent()) {
                return Optional.of(new Speaker(s.get(), "quote.marks.attribution-after", 0.95));
            }
        }
        m = RIGHT_HINDI.matcher(right);
        if (m.find()) {
            Optional<Source> s = hindiAgent(text, afterClose + m.start("subj"), afterClose + m.start("ne"),
                    m.group("ne"));
            if (s.isPresent()) {
                return Optional.of(new Speaker(s.get(), "quote.marks.attribution-after", 0.9));
            }
        }
        m = LEFT_HINDI_VERB.matcher(left);
        if (m.find()) {
            int verbStart = leftStart + m.start("verb");
            Optional<Source> s = hindiSpeakerBefore(text, leftStart, verbStart);
            if (s.isPresent()) {
                return Optional.of(new Speaker(s.get(), "quote.marks.attribution-before", 0.9));
            }
        }
        m = LEFT_ENGLISH.matcher(left);
        if (m.find()) {
            Optional<Source> s = Attribution.subject(text, leftStart + m.start("subj"), leftStart + m.end("subj"));
            if (s.isPresent()) {
                return Optional.of(new Speaker(s.get(), "quote.marks.attribution-before", 0.9));
            }
        }
        // A phrase quoted inside reported speech belongs to whoever reports it: the subject of the first
        // reporting verb of the sentence ("Shukla had also commented that … the minister had referred to “…”").
        Sentence sentence = text.sentenceAt(quoted.open());
        int from = Math.max(leftStart, sentence.start());
        Optional<Source> embedded = Optional.empty();
        m = EMBEDDING_ENGLISH.matcher(text.body).region(from, quoted.open());
        if (m.find()) {
            embedded = Attribution.subject(text, m.start("subj"), m.end("subj"));
            if (embedded.isEmpty() || m.group("verb").toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
                embedded = Attribution.sentenceSubject(text, sentence, m.start("verb")).or(() -> Optional.empty());
            }
        }
        if (embedded.isEmpty()) {
            m = EMBEDDING_HINDI.matcher(text.body).region(from, quoted.open());
            if (m.find()) {
                embedded = hindiSpeakerBefore(text, from, m.start("verb"));
            }
        }
        return embedded.map(s -> new Speaker(s, "quote.marks.embedded", 0.7));
    }

    /**
     * A split quote goes on: "“We will fight,” he said. “Nobody can stop us.”" The second part has the speaker of
     * the first when only a short attribution lies between them, in the same paragraph.
     */
    private static boolean continues(ArticleText text, int previousEnd, int open) {
        String between = text.slice(previousEnd, open);
        return between.indexOf('\n') < 0 && CONTINUATION.matcher(between).matches();
    }

    private static final Pattern CONTINUATION = Pattern.compile(
            "\\s*[,.]?\\s*[^.“”\"\\n]{0,60}?\\b(?:" + VERBS_EN + "|" + VERBS_HI + ")\\b[^.“”\"\\n]{0,80}?[.,:।]?\\s*", FLAGS);

    private static boolean endsSentence(ArticleText text, QuoteMarks.Quoted quoted) {
        char last = text.body.charAt(quoted.textEnd() - 1);
        return last == '.' || last == '!' || last == '?' || last == '।';
    }

    /**
     * The speaker of a Hindi reporting verb at verbStart: the agent marked by ने (or उन्होंने) before it in the
     * same sentence, or the name right before बोले.
     */
    static Optional<Source> hindiSpeakerBefore(ArticleText text, int from, int verbStart) {
        Matcher agent = Pattern.compile("(?<![\\p{L}\\p{M}])(?<ne>ने|उन्होंने|इन्होंने|उसने|उन्हों ने)(?![\\p{L}\\p{M}])")
                .matcher(text.body).region(from, verbStart);
        int neStart = -1;
        String ne = null;
        while (agent.find()) {
            neStart = agent.start("ne");
            ne = agent.group("ne");
        }
        if (neStart >= 0) {
            int clauseStart = Math.max(from, lastClauseBreak(text.body, from, neStart));
            return hindiAgent(text, clauseStart, neStart, ne);
        }
        String verb = text.slice(verbStart, verbStart + 5);
        if (verb.startsWith("बोल")) {
            return text.names.endingAt(text.body, verbStart, EntityKind.PERSON).map(Source::of)
                    .or(() -> Attribution.endsWithHindiPronoun(text.slice(from, verbStart))
                            ? text.personInFocus(verbStart).map(Source::person) : Optional.empty());
        }
        return Optional.empty();
    }

    static Optional<Source> hindiAgent(ArticleText text, int clauseStart, int neStart, String ne) {
        if (!ne.equals("ने")) {
            return text.personInFocus(neStart).map(Source::person);
        }
        return Attribution.subject(text, clauseStart, neStart);
    }

    private static int lastClauseBreak(String body, int from, int to) {
        int best = from;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == '।' || c == '.' || c == '?' || c == '!' || c == '\n') {
                best = i + 1;
            }
        }
        return best;
    }

    private static Optional<Source> firstNamed(ArticleText text, int start, int end) {
        return text.names.within(start, end).stream().findFirst().map(Source::of);
    }

    private static Long via(ArticleText text, QuoteMarks.Quoted quoted) {
        int from = quoted.textEnd();
        int lineEnd = text.paragraphAt(from)[1];
        Matcher signature = TWEET_SIGNATURE.matcher(text.body).region(from, lineEnd);
        if (!signature.find()) {
            return null;
        }
        return text.directory.outletByHandle(signature.group("handle"))
                .or(() -> text.directory.named(EntityKind.OUTLET, signature.group("name").strip()).stream().findFirst())
                .map(Known::id)
                .orElse(null);
    }

    private static Long originalAuthor(ArticleText text, QuoteMarks.Quoted quoted, int lineStart) {
        String left = text.slice(lineStart, quoted.open());
        Matcher hindi = RECITED_HINDI.matcher(left);
        while (hindi.find()) {
            int at = lineStart + hindi.start();
            Optional<NameMention> author = text.names.endingAt(text.body, at, EntityKind.PERSON);
            if (author.isPresent()) {
                return author.get().id();
            }
        }
        Matcher english = RECITED_ENGLISH.matcher(text.slice(lineStart, quoted.open()));
        if (english.find()) {
            return text.names.within(lineStart + english.start(), quoted.open()).stream()
                    .filter(NameMention::isPerson).map(NameMention::id).findFirst().orElse(null);
        }
        return null;
    }

    private static int previousLineStart(ArticleText text, int offset) {
        return text.paragraphAt(offset)[0];
    }

    private static String normalize(String words) {
        return words.replaceAll("[\\p{P}\\s]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
