package news.kathan.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.kathan.event.EventKind;
import news.kathan.text.Resources;
import news.kathan.text.Sentences.Sentence;

/**
 * Dated events. A sentence that reports an event (a trigger word from {@code text/event-triggers.txt}) and gives
 * a date gives an event; when a sentence has several of each, each trigger takes the nearest date. A trigger
 * that only names the topic of something else ("रैली को लेकर बैठक", a meeting about a rally) is not an event.
 * A resignation, expulsion or joining told in the present perfect ("has resigned", "इस्तीफा दे दिया है") with no
 * date happened on the day of publication; nothing is dated without a publication date to resolve against.
 */
final class EventExtractor {

    /** A trigger word; a topic trigger only names what something else is about ("रैली को लेकर बैठक"). */
    private record Trigger(EventKind kind, int start, int end, boolean topic) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final List<Pattern> TRIGGERS = new ArrayList<>();
    private static final List<EventKind> TRIGGER_KINDS = new ArrayList<>();
    private static final List<Pattern> FUTURE = Resources.lines("tense.txt").stream()
            .map(regex -> Pattern.compile(regex, FLAGS)).toList();
    private static final List<Pattern> HYPOTHETICAL_BEFORE = hypothetical("BEFORE");
    private static final List<Pattern> HYPOTHETICAL_AFTER = hypothetical("AFTER");
    /** Hindi puts the topic before its postposition: "रैली को लेकर", "चुनाव के बारे में", "चुनाव की तैयारी". */
    private static final Pattern TOPIC_ONLY = Pattern.compile(
            "^\\s*(?:को\\s+लेकर|के\\s+बारे\\s+में|के\\s+लिए|की\\s+तैयारी)", FLAGS);    /** The present perfect right at the trigger: "has resigned", "इस्तीफा दे दिया है", "शामिल हो गए हैं". */
    /** English names a topic before it: "met regarding the rally", "talks about the election". */
    private static final Pattern TOPIC_BEFORE = Pattern.compile(
            "\\b(?:regarding|about|concerning|on\\s+the\\s+issue\\s+of)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:\\w+\\s+){0,2}$", FLAGS);
    private static final Pattern PRESENT_PERFECT = Pattern.compile(
            "\\b(?:has|have)\\s+(?:\\w+\\s+)?(?:resigned|quit|joined|been\\s+expelled)\\b"
                    + "|(?:इस्तीफा|इस्तीफ़ा|त्यागपत्र|शामिल|निष्कासित)\\s+(?:\\S+\\s+){0,1}?(?:दे\\s+दिया|दिया|कर\\s+दिया|हो\\s+गए|हो\\s+गई|कर\\s+दिए|किया|गया|गए)\\s+(?:है|हैं)",
            FLAGS);
    private static final Pattern VOTES = Pattern.compile("\\d[\\d,]*\\s*(?:वोट|votes|मत)|जीत|हार|\\bwon\\b|\\bdefeated\\b|\\blost\\b", FLAGS);
    private static final Pattern FIRST_PERSON_EN = Pattern.compile("(?i)\\b(?:I|we)\\b");
    /** Where a personal act may take place, and so share its date: "joined the BJP at a rally on Sunday". */
    private static final Set<EventKind> GATHERINGS = Set.of(EventKind.RALLY, EventKind.MEETING, EventKind.SESSION);
    private static final Set<EventKind> PERSONAL = Set.of(EventKind.RESIGNATION, EventKind.EXPULSION,
            EventKind.JOINING, EventKind.STATEMENT, EventKind.OTHER);

    static {
        for (String line : Resources.lines("event-triggers.txt")) {
            String[] parts = line.split("\t", 2);
            TRIGGER_KINDS.add(EventKind.valueOf(parts[0]));
            TRIGGERS.add(Pattern.compile(parts[1], FLAGS));
        }
    }

    private EventExtractor() {
    }

    private static List<Pattern> hypothetical(String side) {
        return Resources.lines("hypothetical.txt").stream()
                .filter(line -> line.startsWith(side + "\t"))
                .map(line -> Pattern.compile(line.substring(side.length() + 1), FLAGS))
                .toList();
    }

    static List<FoundEvent> find(ArticleText text, List<FoundQuote> quotes) {
        return withoutGuesses(withoutRepeats(findAll(text, quotes)));
    }

    /** One event per kind, date and sentence: "resignation … इस्तीफा" in one sentence report one thing. */
    private static List<FoundEvent> withoutRepeats(List<FoundEvent> events) {
        Set<String> seen = new HashSet<>();
        return events.stream().filter(e -> seen.add(e.kind() + "|" + e.date() + "|" + e.precision() + "|" + e.start()))
                .toList();
    }

    /**
     * A date read from the words beats a guess: when an article dates a resignation ("on Saturday (Mar. 1)"),
     * the publication day guessed from "has resigned" elsewhere in it is dropped.
     */
    private static List<FoundEvent> withoutGuesses(List<FoundEvent> events) {
        return events.stream().filter(e -> !isGuess(e) || events.stream().noneMatch(
                other -> other != e && other.kind() == e.kind() && !isGuess(other)
                        && other.participants().equals(e.participants()))).toList();
    }

    private static boolean isGuess(FoundEvent event) {
        return event.method().equals("event.publication-day") || event.method().equals("event.statement-day");
    }

    private static List<FoundEvent> findAll(ArticleText text, List<FoundQuote> quotes) {
        List<FoundEvent> events = new ArrayList<>();
        for (Sentence sentence : text.sentences) {
            List<Trigger> triggers = triggers(text, sentence);
            if (triggers.isEmpty()) {
                continue;
            }
            // A dateline ("Patna, March 3 (PTI):") dates the report, not what it reports.
            int from = sentence.start() + datelineLength(text, sentence);
            List<TimeExpressions.Found> dates = TimeExpressions.find(text.body, from, sentence.end());
            Set<TimeExpressions.Found> usedDates = new HashSet<>();
            Set<Trigger> dated = new HashSet<>();
            java.util.Map<Trigger, TimeExpressions.Resolved> resolvedByTrigger = new java.util.LinkedHashMap<>();
            for (Pairing pair : pairings(text, triggers, dates)) {
                if (usedDates.contains(pair.date()) || dated.contains(pair.trigger())) {
                    continue;
                }
                Optional<TimeExpressions.Resolved> when = TimeExpressions.resolve(pair.date(), text.publishedOn,
                        future(text, sentence, pair.trigger(), pair.date()));
                if (when.isEmpty()) {
                    continue;
                }
                usedDates.add(pair.date());
                dated.add(pair.trigger());
                resolvedByTrigger.put(pair.trigger(), when.get());
                event(text, sentence, pair.trigger(), when.get(), quotes,
                        pair.date().explicit() ? "event.explicit-date" : "event.relative-date",
                        pair.date().explicit() ? 0.85 : 0.75).ifPresent(events::add);
            }
            // "is set to join the BJP at a rally on Sunday": a trigger with no date of its own, in the same clause
            // as a trigger dated to a day, happened on that day too.
            for (Trigger trigger : triggers) {
                if (dated.contains(trigger) || trigger.kind() == EventKind.STATEMENT) {
                    continue;
                }
                if (!PERSONAL.contains(trigger.kind())) {
                    continue;
                }
                resolvedByTrigger.entrySet().stream()
                        .filter(e -> GATHERINGS.contains(e.getKey().kind())
                                && e.getValue().precision() == news.kathan.event.DatePrecision.DAY
                                && sameClause(text, trigger, e.getKey()))
                        .findFirst()
                        .flatMap(e -> event(text, sentence, trigger, e.getValue(), quotes, "event.shared-date", 0.65))
                        .ifPresent(shared -> {
                            events.add(shared);
                            dated.add(trigger);
                        });
            }
            // "first elected in 2012 and retained the seat in 2017", "2019 और 2024 में चुनाव": a date left over
            // after pairing goes with the nearest trigger of its sentence, as another event of that kind.
            for (TimeExpressions.Found date : dates) {
                if (usedDates.contains(date) || dated.isEmpty() || !conjoined(text, date, usedDates)) {
                    continue;
                }
                Trigger nearest = dated.stream().min(Comparator.comparingInt(t -> Math.abs(t.start() - date.start())))
                        .orElseThrow();
                TimeExpressions.resolve(date, text.publishedOn, future(text, sentence, nearest, date))
                        .filter(when -> date.kind() == TimeExpressions.Kind.YEAR
                                || date.kind() == TimeExpressions.Kind.FULL_DATE)
                        .flatMap(when -> event(text, sentence, nearest, when, quotes,
                                date.explicit() ? "event.explicit-date" : "event.relative-date", 0.7))
                        .ifPresent(events::add);
                usedDates.add(date);
            }
            for (Trigger trigger : triggers) {
                if (!dated.contains(trigger) && trigger.kind() == EventKind.STATEMENT) {
                    Optional<java.time.LocalDate> posted = postDate(text, sentence);
                    Optional<java.time.LocalDate> date = posted.or(() -> publicationDay(text, sentence));
                    date.ifPresent(day -> event(text, sentence, trigger,
                            new TimeExpressions.Resolved(day, news.kathan.event.DatePrecision.DAY, null), quotes,
                            posted.isPresent() ? "event.post-date" : "event.statement-day", posted.isPresent() ? 0.8 : 0.55)
                            .ifPresent(events::add));
                    dated.add(trigger);
                    continue;
                }
                if (dated.contains(trigger) || !PERSONAL.contains(trigger.kind()) || text.publishedOn == null
                        || !PRESENT_PERFECT.matcher(text.slice(trigger.start() - 20, trigger.end() + 25)).find()) {
                    continue;
                }
                event(text, sentence, trigger,
                        new TimeExpressions.Resolved(text.publishedOn, news.kathan.event.DatePrecision.DAY, null),
                        quotes, "event.publication-day", 0.6).ifPresent(events::add);
                dated.add(trigger);
            }
        }
        return events;
    }

    // The day of a statement that gives no date of its own: the date of the embedded post it is in, or else the
    // publication day, since a statement reported without a date is the day's news (unless told in the
    // pluperfect, "had said in a statement", which is older).
    private static Optional<java.time.LocalDate> postDate(ArticleText text, Sentence sentence) {
        int[] line = text.paragraphAt(sentence.start());
        Matcher post = EMBED_DATE.matcher(text.body).region(line[0], line[1]);
        if (post.find()) {
            return news.kathan.text.ExplicitDates.find(post.group("date")).stream().findFirst()
                    .map(news.kathan.text.ExplicitDates.Found::date);
        }
        return Optional.empty();
    }

    private static Optional<java.time.LocalDate> publicationDay(ArticleText text, Sentence sentence) {
        if (text.publishedOn == null || PLUPERFECT.matcher(text.slice(sentence.start(), sentence.end())).find()) {
            return Optional.empty();
        }
        return Optional.of(text.publishedOn);
    }

    private static final Pattern EMBED_DATE = Pattern.compile(
            "pic\\.twitter\\.com/\\S+\\s*[—–-][^\\n]{0,80}?\\(@\\w+\\)\\s*(?<date>[^\\n]{6,40})$", Pattern.MULTILINE);
    private static final Pattern POST_SPEECH = Pattern.compile(
            "(?<![\\p{L}])(?:says|said|कहा|बोले|बोलीं)(?![\\p{L}\\p{M}])", FLAGS);
    private static final Pattern PLUPERFECT = Pattern.compile("\\bhad\\s+\\w+ed\\b|\\bhad\\s+(?:said|told|spoken)\\b|कहा\\s+था|बताया\\s+था", FLAGS);

    /** Whether nothing but a clause's own words lies between two triggers: no comma, no "and", no "but". */
    private static boolean sameClause(ArticleText text, Trigger one, Trigger other) {
        String between = one.end() <= other.start() ? text.slice(one.end(), other.start())
                : text.slice(other.end(), one.start());
        return !between.contains(",") && !between.contains(";")
                && !between.matches("(?s).*(?:\\band\\b|\\bbut\\b|\\bwhile\\b| और | लेकिन ).*");
    }

    /** Whether a date is listed with one already used: "in 2012 and 2017", "2019 और 2024 में". */
    private static boolean conjoined(ArticleText text, TimeExpressions.Found date, Set<TimeExpressions.Found> used) {
        for (TimeExpressions.Found other : used) {
            String between = other.end() <= date.start() ? text.slice(other.end(), date.start())
                    : date.end() <= other.start() ? text.slice(date.end(), other.start()) : "x";
            if (between.matches("(?i)\\s*(?:,|and|or|और|तथा|व|एवं)\\s*(?:in\\s+|then\\s+)?")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a trigger speaks of the future: a future marker near it, before (English "will", "is set to") or
     * after (Hindi verb endings, "होने वाले"), or between it and its date. The tense of the rest of the sentence
     * does not count: "resigned on Monday and is set to join on Sunday" has one past and one coming event.
     */
    private static boolean future(ArticleText text, Sentence sentence, Trigger trigger, TimeExpressions.Found date) {
        int from = Math.max(sentence.start(), Math.min(trigger.start(), date.start()) - 40);
        int to = Math.min(sentence.end(), Math.max(trigger.end(), date.end()) + 40);
        String around = text.slice(from, to);
        return FUTURE.stream().anyMatch(p -> p.matcher(around).find());
    }

    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{L}\\p{M}]+(?:[ -][\\p{L}\\p{M}]+)?,\\s+[^:।\\n]{3,25}?(?:\\s*\\([^)]{1,20}\\))?\\s*[:।]");

    private static int datelineLength(ArticleText text, Sentence sentence) {
        int[] paragraph = text.paragraphAt(sentence.start());
        if (paragraph[0] != sentence.start()) {
            return 0;
        }
        Matcher dateline = DATELINE.matcher(text.slice(sentence.start(), sentence.end()));
        return dateline.lookingAt() && !TimeExpressions.find(dateline.group(), 0, dateline.group().length()).isEmpty()
                ? dateline.end() : 0;
    }

    private record Pairing(Trigger trigger, TimeExpressions.Found date, int distance) {
    }

    /**
     * Trigger-date pairs, nearest first. English puts the date after its verb ("joined the Congress in 2018"),
     * Hindi before it ("2017 में निष्कासित"), so a date on the other side counts as much farther: in "expelled in
     * 2017 had joined in 2018", 2017 goes with expelled though it is nearer to joined.
     */
    private static List<Pairing> pairings(ArticleText text, List<Trigger> triggers, List<TimeExpressions.Found> dates) {
        List<Pairing> pairs = new ArrayList<>();
        for (Trigger t : triggers) {
            boolean hindi = news.kathan.text.Scripts.hasDevanagari(text.slice(t.start(), t.end()));
            for (TimeExpressions.Found d : dates) {
                if (t.kind() == EventKind.STATEMENT && d.kind() == TimeExpressions.Kind.YEAR) {
                    continue; // a statement is dated to a day; a year nearby belongs to what it speaks of
                }
                boolean after = d.start() >= t.end();
                int distance = after ? d.start() - t.end() : Math.max(0, t.start() - d.end());
                if (after == hindi) {
                    distance = distance * 4 + 20;
                }
                pairs.add(new Pairing(t, d, distance));
            }
        }
        pairs.sort(Comparator.comparingInt(Pairing::distance));
        return pairs;
    }

    private static List<Trigger> triggers(ArticleText text, Sentence sentence) {
        List<Trigger> found = new ArrayList<>();
        for (int i = 0; i < TRIGGERS.size(); i++) {
            Matcher m = TRIGGERS.get(i).matcher(text.body).region(sentence.start(), sentence.end());
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                String before = text.slice(Math.max(sentence.start(), s - 30), s);
                String after = text.slice(e, e + 30);
                if (found.stream().anyMatch(t -> t.start() < e && s < t.end())
                        || HYPOTHETICAL_BEFORE.stream().anyMatch(p -> p.matcher(before).find())
                        || HYPOTHETICAL_AFTER.stream().anyMatch(p -> p.matcher(after).find())) {
                    continue;
                }
                boolean topic = TOPIC_ONLY.matcher(after).find() || TOPIC_BEFORE.matcher(before).find();
                found.add(new Trigger(TRIGGER_KINDS.get(i), s, e, topic));
            }
        }
        // Words said in an embedded post ("X says, “…” pic.twitter.com/… — IANS (@ians_india) January 24, 2026")
        // are a statement made that day.
        int[] line = text.paragraphAt(sentence.start());
        if (EMBED_DATE.matcher(text.body).region(line[0], line[1]).find()) {
            Matcher says = POST_SPEECH.matcher(text.body).region(sentence.start(), sentence.end());
            if (says.find() && found.stream().noneMatch(t -> t.kind() == EventKind.STATEMENT)) {
                found.add(new Trigger(EventKind.STATEMENT, says.start(), says.end(), false));
            }
        }
        found.sort(Comparator.comparingInt(Trigger::start));
        // A topic is an event of its own only when nothing else in the sentence is: "2027 में होने वाले चुनाव को
        // लेकर" dates the election, but in "रैली को लेकर बैठक" the date belongs to the meeting.
        boolean somethingHappens = found.stream().anyMatch(t -> !t.topic());
        return found.stream().filter(t -> !(t.topic() && somethingHappens)).toList();
    }

    /** The event a trigger and a date make; a resignation, expulsion or joining needs someone who did it. */
    private static Optional<FoundEvent> event(ArticleText text, Sentence sentence, Trigger trigger,
                                    TimeExpressions.Resolved when, List<FoundQuote> quotes, String method,
                                    double confidence) {
        Set<Long> participants = new LinkedHashSet<>();
        if (PERSONAL.contains(trigger.kind())) {
            if (trigger.kind() == EventKind.STATEMENT && madeByAnOrganisation(text, sentence, trigger)) {
                return Optional.empty(); // "The TMC said in a statement": a party's statement, not a person's
            }
            agent(text, sentence, trigger, quotes).ifPresent(participants::add);
            if (participants.isEmpty()) {
                return Optional.empty();
            }
        } else {
            takingPart(text, sentence, trigger).forEach(participants::add);
        }
        Set<Long> parties = new LinkedHashSet<>();
        text.names.within(sentence.start(), sentence.end()).stream()
                .filter(m -> m.kind() == EntityKind.PARTY).map(NameMention::id).forEach(parties::add);
        String summary = text.slice(sentence.start(), sentence.end());
        if (summary.length() > 300) {
            int cut = summary.lastIndexOf(' ', 297);
            summary = summary.substring(0, cut > 100 ? cut : 297) + "…";
        }
        String outcome = trigger.kind() == EventKind.ELECTION ? outcome(text, sentence) : null;
        return Optional.of(new FoundEvent(trigger.kind(), when.date(), when.precision(), when.until(),
                sentence.start(), sentence.end(), List.copyOf(participants), List.copyOf(parties),
                scope(text, sentence, trigger), summary, outcome, method, confidence));
    }

    /**
     * Whether a statement is made by a party or an outlet rather than a person: the name nearest before it is an
     * organisation ("The TMC said in a statement"), passing over the outlet spoken to ("X ने IANS से बातचीत में").
     */
    private static boolean madeByAnOrganisation(ArticleText text, Sentence sentence, Trigger trigger) {
        List<NameMention> before = text.mentionsWithin(sentence.start(), trigger.start());
        for (NameMention m : before) {
            boolean addressee = m.kind() == EntityKind.OUTLET
                    && text.slice(m.end(), trigger.start()).strip().isEmpty()
                    && text.slice(trigger.start(), trigger.end()).startsWith("से");
            if (!addressee) {
                return m.kind() != EntityKind.PERSON;
            }
        }
        return false;
    }

    /**
     * Who resigned, joined or was expelled: the speaker when the words are their own ("मैं … शामिल हुआ था"),
     * else the subject of the sentence, a pronoun resolved to the person in focus, or the first person named.
     */
    private static Optional<Long> agent(ArticleText text, Sentence sentence, Trigger trigger, List<FoundQuote> quotes) {
        String words = text.slice(sentence.start(), sentence.end());
        for (FoundQuote quote : quotes) {
            if (quote.start() <= sentence.start() && sentence.end() <= quote.end() + 1
                    && quote.speaker().kind() == news.kathan.source.SourceKind.PERSON
                    && (ReportedSpeech.hasFirstPerson(words) || FIRST_PERSON_EN.matcher(words).find())) {
                return Optional.of(quote.speaker().id());
            }
        }
        List<NameMention> people = text.names.within(sentence.start(), trigger.start()).stream()
                .filter(NameMention::isPerson).toList();
        for (NameMention person : people) {
            if (text.slice(person.end(), person.end() + 4).startsWith(" ने")) {
                return Optional.of(person.id());
            }
        }
        String before = text.slice(sentence.start(), trigger.start());
        if (people.isEmpty() && before.matches("(?s)^(?:\\S+\\s+){0,3}?(?:He|She|he|she|उन्होंने|वह|वे)\\b.*")) {
            return text.personInFocus(sentence.start());
        }
        if (!people.isEmpty()) {
            return Optional.of(people.get(0).id());
        }
        Optional<Long> named = text.names.within(sentence.start(), sentence.end()).stream()
                .filter(NameMention::isPerson).map(NameMention::id).findFirst();
        // "The expulsion order was issued on Saturday": a sentence that names no one is about the person in focus.
        return named.or(() -> trigger.kind() == EventKind.STATEMENT ? Optional.empty()
                : text.personInFocus(sentence.start()));
    }

    /**
     * Who took part in a rally, meeting, session or election: people who act in the sentence (before ने, or as a
     * sentence subject), whose event it is ("मंत्री जी की रैली", "the minister's rally"), or, for elections, who got
     * votes, a ticket or contested.
     */
    private static List<Long> takingPart(ArticleText text, Sentence sentence, Trigger trigger) {
        List<Long> found = new ArrayList<>();
        int end = trigger.kind() == EventKind.ELECTION ? electionPassageEnd(text, sentence) : sentence.end();
        for (NameMention m : text.names.within(sentence.start(), end)) {
            if (!m.isPerson()) {
                continue;
            }
            String after = text.slice(m.end(), m.end() + 40);
            boolean inSentence = m.end() <= sentence.end();
            boolean acts = inSentence && (after.startsWith(" ने") || text.isSubject(m));
            Matcher owner = OWNER.matcher(after);
            boolean owns = inSentence && owner.lookingAt() && m.end() + owner.end() == trigger.start();
            boolean contests = trigger.kind() == EventKind.ELECTION && CONTEST.matcher(after).find();
            if ((acts && trigger.kind() != EventKind.ELECTION) || owns || contests) {
                found.add(m.id());
            }
        }
        return found;
    }

    private static final Pattern OWNER = Pattern.compile("(?:\\s+(?:की|का|के)\\s+|’s\\s+|'s\\s+)", FLAGS);
    private static final Pattern CONTEST = Pattern.compile(
            "^[^।.]{0,25}?(?:\\d[\\d,]*\\s*(?:वोट|votes)|टिकट|चुनाव\\s+लड़|contested|ticket|candidate|प्रत्याशी)", FLAGS);

    private static String scope(ArticleText text, Sentence sentence, Trigger trigger) {
        if (trigger.kind() != EventKind.ELECTION) {
            return "";
        }
        String words = text.slice(sentence.start(), sentence.end()).toLowerCase(Locale.ROOT);
        if (words.contains("उपचुनाव") || words.contains("bypoll") || words.contains("by-election")) {
            return "bypoll";
        }
        if (words.contains("विधानसभा") || words.contains("assembly")) {
            return "assembly";
        }
        if (words.contains("लोकसभा") || words.contains("lok sabha") || words.contains("general election")) {
            return "lok-sabha";
        }
        if (words.contains("राज्यसभा") || words.contains("rajya sabha")) {
            return "rajya-sabha";
        }
        return "";
    }

    /**
     * Where the passage about an election ends: the end of its paragraph, or before the next sentence that dates
     * something else ("इससे पहले 2019 के चुनाव में …" starts another election).
     */
    private static int electionPassageEnd(ArticleText text, Sentence sentence) {
        int paragraphEnd = text.paragraphAt(sentence.start())[1];
        int end = sentence.end();
        int seen = 0;
        for (Sentence s : text.sentences) {
            if (s.start() <= sentence.start()) {
                continue;
            }
            if (s.end() > paragraphEnd || seen++ >= 3
                    || !TimeExpressions.find(text.body, s.start(), s.end()).isEmpty()) {
                break;
            }
            end = s.end();
        }
        return end;
    }

    /** The result of an election: the sentences of its passage that give votes, a winner or a loser. */
    private static String outcome(ArticleText text, Sentence sentence) {
        int passageEnd = electionPassageEnd(text, sentence);
        StringBuilder outcome = new StringBuilder();
        for (Sentence s : text.sentences) {
            if (s.start() < sentence.start() || s.end() > passageEnd) {
                continue;
            }
            String words = text.slice(s.start(), s.end());
            if (VOTES.matcher(words).find() && outcome.length() + words.length() < 1000) {
                outcome.append(outcome.isEmpty() ? "" : " ").append(words);
            }
        }
        return outcome.isEmpty() ? null : outcome.toString();
    }
}
