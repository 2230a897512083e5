package news.kathan.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.kathan.text.Sentences.Sentence;

/**
 * Speech reported without quotation marks.
 *
 * <ul>
 *   <li>Hindi direct speech: "X ने कहा, …" or "X ने कहा कि …" followed by words in the first person (मैं, मुझे,
 *       हम …) is a quote of X, running on through the following sentences of the paragraph until someone else
 *       is attributed, the reporter addresses the reader ("अब विस्तार से पढ़िए") or a heading interrupts.</li>
 *   <li>Indirect speech: the same forms in the third person ("X ने कहा कि वे …", "Shukla said he had joined
 *       …", "The former minister clarified that …") are claims of X, the content being the clause.</li>
 *   <li>Anonymous sources: "Highly-placed sources said that …", "according to sources close to X, …",
 *       "सूत्रों के मुताबिक …", "बताया जा रहा है कि …" are claims of those sources.</li>
 * </ul>
 */
final class ReportedSpeech {

    record Result(List<FoundQuote> quotes, List<FoundClaim> claims) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    /** A Hindi reporting verb with its content marker: "कहा कि", "कहा था कि", "कहा,", "बोले-". */
    private static final Pattern HINDI_SPEECH = Pattern.compile(
            "(?<![\\p{L}\\p{M}])(?<verb>" + Lexicon.REPORTING_HI_PATTERN + ")(?:\\s+(?:था|थी|थे|है|हैं))?"
                    + "(?:\\s+(?<ki>कि)(?![\\p{L}\\p{M}])|\\s*(?<comma>[,:\\-–—]))\\s*", FLAGS);
    private static final Pattern HINDI_SAYING = Pattern.compile(
            "(?<subj>\\S+(?:\\s+\\S+){0,3})\\s+का\\s+कहना\\s+(?:है|था)\\s+कि\\s+", FLAGS);
    private static final Pattern HINDI_ANONYMOUS = Pattern.compile(
            "(?<src>(?:[\\p{L}\\p{M}]+\\s+)?सूत्रों)\\s+(?:के\\s+(?:मुताबिक|अनुसार)\\s*,?|ने\\s+(?:बताया|कहा)\\s+कि"
                    + "|का\\s+कहना\\s+है\\s+कि)\\s*"
                    + "|(?<impersonal>(?:बताया|कहा|माना)\\s+जा\\s+रहा\\s+है)\\s+कि\\s+", FLAGS);
    /**
     * An English speech verb, an optional addressee ("told TSG", "told reporters") and an optional "that". The
     * addressee's capital is matched case-sensitively: in a case-insensitive Java pattern \\p{Lu} also matches
     * lower case, and "said he had joined" would lose its "he".
     */
    private static final Pattern ENGLISH_SPEECH = Pattern.compile(
            "(?<![\\p{L}])(?<verb>" + Lexicon.alternation(Lexicon.CLAUSE_VERBS_EN) + ")"
                    + "(?:\\s+(?!that\\b)(?<object>(?-i:(?:the\\s+)?\\p{Lu}[\\p{L}\\-]*)|reporters|journalists|"
                    + "the\\s+media|mediapersons|him|her|them))?(?:\\s+(?<that>that))?\\s+(?=\\S)", FLAGS);
    /**
     * Words after a speech verb that start an adjunct, not the reported clause ("said in a statement", "said at
     * his residence"); "said at least two MLAs …" is a clause.
     */
    private static final Pattern NO_CLAUSE_FOLLOWS = Pattern.compile(
            "(?i)^(?:(?:in|on|at(?!\\s+(?:least|most|best|once)\\b)|near|outside|inside|over|via|through|amid|following|ahead|during|after|before|"
                    + "while|to|from|with|by|for|about|here|there|today|yesterday|earlier|later|recently|again|when)"
                    + "\\b|[,.;:—–-])");
    /** "said in a statement that …", "told reporters on Monday that …": the clause after an adjunct. */
    private static final Pattern THAT_AFTER_ADJUNCT = Pattern.compile("^[^,.;:“”\"]{1,60}?\\bthat\\s+(?=\\S)");
    /** "…, he added." / "…, sources said.": the attribution after the clause, at the end of the sentence. */
    private static final Pattern ATTRIBUTION_AT_END = Pattern.compile(
            "(?i),\\s*(?<subj>he|she|they|[^,;:“”\"]{2,60}?)\\s+(?<verb>said|added|says|adds|claimed|maintained|"
                    + "insisted|told\\s+[\\p{L}.]+)(?:\\s+[^,.;:“”\"]{0,40})?\\s*(?:[.]?\\s*$|,\\s*(?<adding>adding|and\\s+added)"
                    + "\\s+that\\s+)");
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "(?i)(?<![\\p{L}])according\\s+to\\s+(?<src>[^,.;]{2,80}?)\\s*,\\s*");
    private static final Pattern COORDINATED = Pattern.compile(
            "(?i)(?:\\band|\\bbut|,)\\s+(?:had\\s+|has\\s+|have\\s+|was\\s+|were\\s+)?(?:also\\s+)?(?:hit\\s+back\\s+)?$");

    private ReportedSpeech() {
    }

    static Result find(ArticleText text, List<int[]> quotedSpans) {
        return find(text, quotedSpans, List.of());
    }

    /**
     * Reported speech of the article. {@code quotedClaims} are the words of anonymous sources found in quotation
     * marks, so that "the leader mentioned above" can refer back to one of them.
     */
    static Result find(ArticleText text, List<int[]> quotedSpans, List<FoundClaim> quotedClaims) {
        List<FoundQuote> quotes = new ArrayList<>();
        List<FoundClaim> claims = new ArrayList<>();
        List<Sentence> sentences = text.sentences;
        Source lastAnonymous = null;
        int lastAnonymousAt = -1;
        for (int k = 0; k < sentences.size(); k++) {
            Sentence sentence = sentences.get(k);
            for (FoundClaim quoted : quotedClaims) {
                if (quoted.source().isAnonymous() && quoted.end() <= sentence.start()) {
                    lastAnonymous = lastAnonymous == null || quoted.start() > lastAnonymousAt
                            ? quoted.source() : lastAnonymous;
                    lastAnonymousAt = Math.max(lastAnonymousAt, quoted.start());
                }
            }
            if (insideQuote(quotedSpans, sentence.start())) {
                continue;
            }
            List<Clause> clauses = clauses(text, sentence, quotedSpans, lastAnonymous);
            for (int c = 0; c < clauses.size(); c++) {
                Clause clause = clauses.get(c);
                int contentEnd = clause.contentEnd() >= 0 ? clause.contentEnd()
                        : c + 1 < clauses.size() ? clauses.get(c + 1).attributionStart() : sentence.end();
                int[] content = trim(text.body, clause.contentStart(), contentEnd);
                if (content == null || startsWithQuoteMark(text.body, content[0])
                        || wordCount(text.slice(content[0], content[1])) < 3
                        || clause.headline() && !endsAsSentence(text.slice(content[0], content[1]))) {
                    continue; // "X बोले- …" without a full stop is a heading's summary, not reported speech
                }
                if (clause.source().isAnonymous()) {
                    lastAnonymous = clause.source();
                    lastAnonymousAt = content[0];
                }
                boolean hindi = news.kathan.text.Scripts.hasDevanagari(text.slice(content[0], content[1]));
                int end = hindi && !clause.source().isAnonymous() && clause.directCapable()
                        ? extendSpeech(text, content[1], sentences, k, quotedSpans) : content[1];
                if (end > content[0] && ownWords(text.slice(content[0], end))) {
                    quotes.add(new FoundQuote(content[0], end, clause.source(), null, null,
                            "quote.unmarked.first-person", 0.85));
                    while (k + 1 < sentences.size() && sentences.get(k + 1).end() <= end) {
                        k++;
                    }
                    break;
                }
                claims.add(new FoundClaim(content[0], content[1], clause.source(), clause.method(), clause.confidence()));
            }
        }
        return new Result(quotes, claims);
    }

    /** An attribution inside a sentence: who, where the attribution starts, and where its content starts. */
    /**
     * An attribution inside a sentence. {@code contentEnd} is -1 when the content runs to the next attribution or
     * the end of the sentence, and set when the attribution follows its content ("…, he added.").
     */
    private record Clause(Source source, int attributionStart, int contentStart, String method, double confidence,
                          boolean directCapable, boolean headline, int contentEnd) {

        Clause(Source source, int attributionStart, int contentStart, String method, double confidence,
               boolean directCapable) {
            this(source, attributionStart, contentStart, method, confidence, directCapable, false, -1);
        }

        Clause(Source source, int attributionStart, int contentStart, String method, double confidence,
               boolean directCapable, boolean headline) {
            this(source, attributionStart, contentStart, method, confidence, directCapable, headline, -1);
        }
    }

    private static List<Clause> clauses(ArticleText text, Sentence sentence, List<int[]> quotedSpans,
                                        Source lastAnonymous) {
        List<Clause> found = new ArrayList<>();
        String body = text.body;
        // Each pattern below needs words of one script (and some a fixed word) that most sentences lack; looking
        // for those first skips the pattern where it cannot match, which is most of the time spent here.
        boolean devanagari = hasDevanagari(body, sentence);
        boolean latin = hasOtherLetters(body, sentence);
        boolean sources = contains(body, sentence, "सूत्रों") || contains(body, sentence, "रहा");
        Matcher anonymous = HINDI_ANONYMOUS.matcher(body).region(sentence.start(), sentence.end());
        while (sources && anonymous.find()) {
            if (insideQuote(quotedSpans, anonymous.start())) {
                continue;
            }
            int srcStart = anonymous.start("src") >= 0 ? anonymous.start("src") : anonymous.start("impersonal");
            int srcEnd = anonymous.start("src") >= 0 ? anonymous.end("src") : anonymous.end("impersonal");
            Source source = AnonymousSources.within(text, srcStart, srcEnd).map(AnonymousSources.Found::source)
                    .orElse(Source.anonymous(body.substring(srcStart, srcEnd), null));
            found.add(new Clause(source, anonymous.start(), anonymous.end(), "claim.anonymous", 0.85, false));
        }
        boolean saysSo = contains(body, sentence, "कहना");
        Matcher saying = HINDI_SAYING.matcher(body).region(sentence.start(), sentence.end());
        while (saysSo && saying.find()) {
            Attribution.subject(text, saying.start("subj"), saying.end("subj")).ifPresent(source ->
                    found.add(new Clause(source, saying.start(), saying.end(), "claim.reported.hi", 0.8, true)));
        }
        Matcher hindi = HINDI_SPEECH.matcher(body).region(sentence.start(), sentence.end());
        while (devanagari && hindi.find()) {
            if (insideQuote(quotedSpans, hindi.start()) || overlaps(found, hindi.start())) {
                continue;
            }
            Optional<Source> source = QuoteExtractor.hindiSpeakerBefore(text, sentence.start(), hindi.start("verb"));
            if (source.isPresent()) {
                String method = source.get().isAnonymous() ? "claim.anonymous" : "claim.reported.hi";
                boolean headline = hindi.group("comma") != null && !hindi.group("comma").equals(",");
                found.add(new Clause(source.get(), clauseStart(body, sentence.start(), hindi.start()), hindi.end(),
                        method, 0.8, true, headline));
            }
        }
        Matcher according = ACCORDING_TO.matcher(body).region(sentence.start(), sentence.end());
        while (latin && according.find()) {
            Optional<Source> source = Attribution.subject(text, according.start("src"), according.end("src"));
            source.ifPresent(s -> found.add(new Clause(s, according.start(), according.end(),
                    s.isAnonymous() ? "claim.anonymous" : "claim.reported.en", 0.85, false)));
        }
        Matcher english = ENGLISH_SPEECH.matcher(body).region(sentence.start(), sentence.end());
        while (latin && english.find()) {
            if (insideQuote(quotedSpans, english.start()) || overlaps(found, english.start())
                    || news.kathan.text.Scripts.hasDevanagari(text.slice(english.start(), english.end()))) {
                continue;
            }
            boolean hasThat = english.group("that") != null;
            String next = text.slice(english.end(), english.end() + 12);
            int contentStart = english.end();
            if (!hasThat && NO_CLAUSE_FOLLOWS.matcher(next).find()) {
                Matcher that = THAT_AFTER_ADJUNCT.matcher(text.slice(english.end(), sentence.end()));
                if (!that.find()) {
                    continue; // "said in a statement", "told reporters on Monday": no clause follows
                }
                contentStart = english.end() + that.end();
            }
            int subjectStart = clauseStart(body, sentence.start(), english.start());
            boolean participle = english.group("verb").toLowerCase(Locale.ROOT).endsWith("ing");
            Optional<Source> source = englishSubject(text, sentence, subjectStart, english.start(), participle,
                    lastAnonymous);
            if (source.isPresent()) {
                String method = source.get().isAnonymous() ? "claim.anonymous" : "claim.reported.en";
                found.add(new Clause(source.get(), attributionStart(text, subjectStart, english.start()),
                        contentStart, method, 0.8, false));
            }
        }
        if (found.isEmpty() && latin) {
            Matcher end = ATTRIBUTION_AT_END.matcher(body).region(sentence.start(), sentence.end());
            if (end.find() && !insideQuote(quotedSpans, end.start())
                    && !news.kathan.text.Scripts.hasDevanagari(end.group("subj"))
                    && !startsWithQuoteMark(body, sentence.start())) {
                Optional<Source> source = Attribution.subject(text, end.start("subj"), end.end("subj"));
                String method = source.map(s -> s.isAnonymous() ? "claim.anonymous" : "claim.reported.en").orElse("");
                source.ifPresent(s -> found.add(new Clause(s, end.start(), sentence.start(), method, 0.75, false,
                        false, end.start())));
                // "…, she said, adding that …": what she added is a claim of hers too.
                if (end.group("adding") != null) {
                    source.ifPresent(s -> found.add(new Clause(s, end.start("adding"), end.end(), method, 0.75, false)));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Clause::contentStart));
        return found;
    }

    /**
     * The subject of an English speech verb: the words before it in its clause, or, for a coordinated verb ("had
     * played … and had also claimed"), the subject of the sentence; "the leader mentioned above" after an anonymous
     * source is that source.
     */
    private static Optional<Source> englishSubject(ArticleText text, Sentence sentence, int from, int verbStart,
                                                   boolean participle, Source lastAnonymous) {
        String before = text.slice(from, verbStart);
        if (lastAnonymous != null && before.toLowerCase(Locale.ROOT).matches("(?s).*\\bthe\\s+\\w+\\s+mentioned\\s+above\\s*")) {
            return Optional.of(lastAnonymous);
        }
        Optional<Source> direct = participle ? Optional.empty() : Attribution.subject(text, from, verbStart);
        if (direct.isPresent()) {
            return direct;
        }
        if (COORDINATED.matcher(text.slice(sentence.start(), verbStart)).find() || participle) {
            return Attribution.sentenceSubject(text, sentence, verbStart);
        }
        String lead = text.slice(sentence.start(), verbStart).strip().toLowerCase(Locale.ROOT);
        if (lead.matches("^(he|she)\\b[^,.;]{0,30}")) {
            return text.personInFocus(verbStart, lead.startsWith("she") ? "F" : "M").map(Source::person);
        }
        return Optional.empty();
    }

    /**
     * Whether unmarked words after "कहा," are the speaker's own: some sentence of the run is in the first person,
     * and the run does not open by referring to the speaker in the third person ("कहा कि वे …", "कहा कि उनके …").
     */
    private static boolean ownWords(String run) {
        String first = run.strip().split("[\\s,]+", 2)[0];
        return !THIRD_PERSON_HI.contains(first) && hasFirstPerson(run);
    }

    private static final java.util.Set<String> THIRD_PERSON_HI =
            java.util.Set.of("वे", "वह", "वो", "उनके", "उनकी", "उनका", "उन्हें", "उन्होंने", "उसके", "उसकी", "उसका", "उसे");

    static boolean hasFirstPerson(String words) {
        for (String w : words.split("[^\\p{L}\\p{M}']+")) {
            if (Lexicon.FIRST_PERSON_HI.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Extends unmarked speech over the following sentences of its paragraph while they are still the speaker's. */
    private static int extendSpeech(ArticleText text, int end, List<Sentence> sentences, int k,
                                    List<int[]> quotedSpans) {
        int current = end;
        for (int j = k + 1; j < sentences.size(); j++) {
            Sentence next = sentences.get(j);
            String gap = text.body.substring(current, next.start());
            String words = text.slice(next.start(), next.end());
            if (gap.indexOf('\n') >= 0 || hasAttribution(text, next) || startsWithReporterPhrase(words)
                    || !endsAsSentence(words) || insideQuote(quotedSpans, next.start())) {
                break;
            }
            current = next.end();
        }
        return current;
    }

    private static boolean hasAttribution(ArticleText text, Sentence sentence) {
        String words = text.slice(sentence.start(), sentence.end());
        return HINDI_SPEECH.matcher(words).find() && (words.contains(" ने ") || words.contains("उन्होंने"))
                || words.contains("उन्होंने") || HINDI_ANONYMOUS.matcher(words).find()
                || text.names.within(sentence.start(), sentence.end()).stream()
                .anyMatch(m -> m.isPerson() && text.slice(m.end(), m.end() + 4).startsWith(" ने"));
    }

    private static boolean startsWithReporterPhrase(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return Lexicon.REPORTER_PHRASES.stream().anyMatch(lower::startsWith);
    }

    private static boolean endsAsSentence(String words) {
        return words.matches("(?s).*[.।?!…]['\"’”]?$");
    }

    /**
     * Where an attribution begins, so that the content of a claim before it in the same sentence ends there: at
     * the subject right before the verb ("…, BSP sources say that" begins at "BSP"; "…, he added" at "he"), or at
     * the conjunction of a coordinated verb ("… and had also claimed that" begins at "and").
     */
    private static int attributionStart(ArticleText text, int clauseStart, int verbStart) {
        Matcher coordinated = COORDINATED.matcher(text.body).region(clauseStart, verbStart);
        if (coordinated.find()) {
            return coordinated.start();
        }
        int start = verbStart;
        Optional<AnonymousSources.Found> anonymous = AnonymousSources.within(text, clauseStart, verbStart);
        Optional<NameMention> nearest = text.mentionsWithin(clauseStart, verbStart).stream().findFirst();
        if (anonymous.isPresent() && (nearest.isEmpty() || anonymous.get().end() >= nearest.get().end())) {
            start = anonymous.get().start();
        } else if (nearest.isPresent()) {
            start = nearest.get().start();
        }
        Matcher pronoun = Pattern.compile("(?i)\\b(?:he|she|they)\\b[^,.;]{0,30}$").matcher(text.slice(clauseStart, verbStart));
        if (pronoun.find()) {
            start = Math.max(start == verbStart ? clauseStart : start, clauseStart + pronoun.start());
        }
        return start == verbStart ? clauseStart : start;
    }

    private static int clauseStart(String body, int sentenceStart, int verbStart) {
        int best = sentenceStart;
        for (int i = sentenceStart; i < verbStart; i++) {
            char c = body.charAt(i);
            if (c == ';' || body.startsWith(", but ", i) || body.startsWith(", while ", i)
                    || body.startsWith(", लेकिन ", i) || body.startsWith(" but ", i)) {
                best = i + 1;
            }
        }
        return best;
    }

    private static int[] trim(String body, int start, int end) {
        if (end <= start) {
            return null;
        }
        int s = start;
        int e = end;
        while (s < e && (Character.isWhitespace(body.charAt(s)) || body.charAt(s) == ',')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(body.charAt(e - 1)) || ",;".indexOf(body.charAt(e - 1)) >= 0)) {
            e--;
        }
        // A clause cut before the next attribution ends before its conjunction ("…, but sources said").
        String tail = body.substring(s, e);
        Matcher conjunction = Pattern.compile("(?:,?\\s+(?:but|while|and|लेकिन|और))$", FLAGS).matcher(tail);
        if (conjunction.find()) {
            e = s + conjunction.start();
        }
        return e > s ? new int[] {s, e} : null;
    }

    private static boolean startsWithQuoteMark(String body, int offset) {
        return "“\"‘'«".indexOf(body.charAt(offset)) >= 0;
    }

    private static int wordCount(String words) {
        return words.strip().isEmpty() ? 0 : words.strip().split("\\s+").length;
    }

    private static boolean overlaps(List<Clause> clauses, int offset) {
        return clauses.stream().anyMatch(c -> c.attributionStart() <= offset && offset < c.contentStart());
    }

    /** Whether a sentence holds a word, as the Hindi patterns that need it would find it. */
    private static boolean contains(String body, Sentence sentence, String word) {
        int at = body.indexOf(word, sentence.start());
        return at >= 0 && at + word.length() <= sentence.end();
    }

    /** Whether a sentence has a Devanagari character, which every Hindi pattern needs (Devanagari has no case). */
    private static boolean hasDevanagari(String body, Sentence sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = body.charAt(i);
            if (c >= '\u0900' && c <= '\u097F') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence has a letter of another script, which every English pattern needs: a case-insensitive
     * match of a Latin word can also be made of letters outside ASCII (ſ, the Kelvin sign), never of Devanagari.
     */
    private static boolean hasOtherLetters(String body, Sentence sentence) {
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = body.charAt(i);
            if ((Character.isLetter(c) || Character.isSurrogate(c)) && (c < '\u0900' || c > '\u097F')) {
                return true;
            }
        }
        return false;
    }

    static boolean insideQuote(List<int[]> spans, int offset) {
        for (int[] span : spans) {
            if (span[0] < offset && offset < span[1]) {
                return true;
            }
        }
        return false;
    }
}
