package news.kathan.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import news.kathan.text.Sentences;
import news.kathan.text.Sentences.Sentence;
import org.jspecify.annotations.Nullable;

/**
 * One article as the extractors see it: the body, its words and sentences, the names found in it, and who each
 * passage is about, so that "he", "उन्होंने" or "the former minister" can be resolved.
 */
final class ArticleText {

    final String body;
    final Words words;
    final List<Sentence> sentences;
    final ArticleNames names;
    final Directory directory;
    final @Nullable LocalDate publishedOn;
    private final List<NameMention> subjects;
    private final @Nullable Long mainPerson;

    ArticleText(String body, Directory directory, @Nullable LocalDate publishedOn) {
        this.body = body;
        this.directory = directory;
        this.publishedOn = publishedOn;
        this.words = Words.of(body);
        this.sentences = Sentences.of(body);
        this.names = new NameFinder(directory).find(body, words);
        this.subjects = findSubjects();
        this.mainPerson = names.mentions().stream()
                .filter(NameMention::isPerson)
                .collect(Collectors.groupingBy(NameMention::id, Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return new Sentence(Math.max(0, offset), Math.min(body.length(), offset + 1));
    }

    /** The paragraph (line) around an offset, as [start, end). */
    int[] paragraphAt(int offset) {
        int start = body.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        int end = body.indexOf('\n', offset);
        return new int[] {start, end < 0 ? body.length() : end};
    }

    /**
     * The person a passage at this offset is about: the latest person in subject position before it (named before
     * ने or a verb, or opening a sentence), else the person the article mentions most.
     */
    Optional<Long> personInFocus(int offset) {
        return personInFocus(offset, null);
    }

    /** The person in focus who can be called "he" (gender M) or "she" (F): people of the other gender are passed over. */
    Optional<Long> personInFocus(int offset, @Nullable String gender) {
        NameMention latest = null;
        for (NameMention subject : subjects) {
            if (subject.start() >= offset) {
                break;
            }
            if (gender == null || compatible(subject.id(), gender)) {
                latest = subject;
            }
        }
        if (latest != null) {
            return Optional.of(latest.id());
        }
        if (mainPerson != null && (gender == null || compatible(mainPerson, gender))) {
            return Optional.of(mainPerson);
        }
        // "She" with no woman in subject position: the latest woman named at all.
        NameMention named = null;
        for (NameMention m : names.mentions()) {
            if (m.start() < offset && m.isPerson() && gender != null && gender.equals(genderOf(m.id()))) {
                named = m;
            }
        }
        return Optional.ofNullable(named).map(NameMention::id);
    }

    private boolean compatible(long personId, String gender) {
        String known = genderOf(personId);
        return known == null || known.equals(gender);
    }

    private @Nullable String genderOf(long personId) {
        return directory.get(EntityKind.PERSON, personId).map(Known::gender).orElse(null);
    }

    /** "F" for she/her, "M" for he/him, null for anything else (Hindi pronouns carry no gender). */
    static @Nullable String genderOf(String pronoun) {
        return switch (pronoun.toLowerCase(java.util.Locale.ROOT)) {
            case "she", "her" -> "F";
            case "he", "him", "his" -> "M";
            default -> null;
        };
    }

    /**
     * Person mentions that are subjects. In Hindi a name is a subject unless a postposition other than ने follows
     * it ("रमेश तिवारी से" is not; "शुक्ला ने" and "शुक्ला अपना फैसला" are). In English a name is a
     * subject before a verb, or when it opens a sentence.
     */
    private List<NameMention> findSubjects() {
        List<NameMention> found = new ArrayList<>();
        for (NameMention m : names.mentions()) {
            if (!m.isPerson()) {
                continue;
            }
            String after = body.substring(m.end(), Math.min(body.length(), m.end() + 30));
            boolean subject;
            if (news.kathan.text.Scripts.hasDevanagari(body.substring(m.start(), m.end()))) {
                subject = !HINDI_OBJECT_MARKER.matcher(after).lookingAt();
            } else {
                Sentence sentence = sentenceAt(m.start());
                boolean opensSentence = Words.of(body.substring(sentence.start(), m.start())).size() <= 3;
                subject = opensSentence || ENGLISH_VERB_AFTER.matcher(after).lookingAt();
            }
            if (subject && !insideReportedContent(m)) {
                found.add(m);
            }
        }
        found.sort(Comparator.comparingInt(NameMention::start));
        return found;
    }

    /**
     * Whether a name stands in the content of reported speech ("Tiwari said Kushwaha had been offered …",
     * "झा ने कहा कि कुसुमलता सिंह …"): such a name is what someone spoke about, not who the passage is about.
     */
    private boolean insideReportedContent(NameMention m) {
        Sentence sentence = sentenceAt(m.start());
        java.util.regex.Matcher speech = REPORTED_CONTENT.matcher(body).region(sentence.start(), m.start());
        return speech.find();
    }

    private static final java.util.regex.Pattern REPORTED_CONTENT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:" + Lexicon.alternation(Lexicon.CLAUSE_VERBS_EN) + ")\\b(?:\\s+that)?\\s"
                    + "|(?:" + Lexicon.REPORTING_HI_PATTERN + ")\\s+कि\\s", java.util.regex.Pattern.UNICODE_CASE);

    private static final java.util.regex.Pattern HINDI_OBJECT_MARKER = java.util.regex.Pattern.compile(
            "\\s+(?:से|को|के|की|का|पर|में|तक|द्वारा)(?![\\p{L}\\p{M}])");
    private static final java.util.regex.Pattern ENGLISH_VERB_AFTER = java.util.regex.Pattern.compile(
            "(?i),?\\s+(?:" + Lexicon.REPORTING_EN_PATTERN + "|had|has|was|is|resigned|joined|quit|will|would|may)\\b");

    boolean isSubject(NameMention mention) {
        return subjects.contains(mention);
    }

    /**
     * The names that end in a span of text, nearest to its end first. A name may begin before the span: a subject
     * cut at a full stop still ends in "V.N. Kushwaha".
     */
    List<NameMention> mentionsWithin(int start, int end) {
        List<NameMention> within = new ArrayList<>(names.mentions().stream()
                .filter(m -> m.end() > start && m.end() <= end).toList());
        within.sort(Comparator.comparingInt(NameMention::end).reversed());
        return within;
    }

    String slice(int start, int end) {
        return body.substring(Math.max(0, start), Math.min(body.length(), end));
    }
}
