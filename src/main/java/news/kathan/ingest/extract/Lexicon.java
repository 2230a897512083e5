package news.kathan.ingest.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.kathan.text.Resources;

/** The word lists the extractor reads, from the versioned files under {@code text/}. */
final class Lexicon {

    static final Set<String> REPORTING_EN = lower("reporting-verbs-en.txt");
    static final List<String> REPORTING_HI = Resources.lines("reporting-verbs-hi.txt");
    static final Set<String> PRONOUNS = Set.copyOf(Resources.lines("pronouns.txt"));
    static final Set<String> FIRST_PERSON_HI = Set.copyOf(Resources.lines("first-person-hi.txt"));
    static final Set<String> FIRST_PERSON_EN = lower("first-person-en.txt");
    static final Set<String> HINDI_FUNCTION_WORDS = Set.copyOf(Resources.lines("hindi-function-words.txt"));
    static final Set<String> ROLES_EN = lower("roles-en.txt");
    static final Set<String> ROLES_HI = Set.copyOf(Resources.lines("roles-hi.txt"));
    static final Set<String> CAPITALISED_NON_NAMES = lower("capitalised-non-names.txt");
    static final Set<String> CLAUSE_VERBS_EN = lower("speech-verbs-clause.txt");
    static final List<String> REPORTER_PHRASES = Resources.lines("reporter-phrases.txt");

    /** English reporting verbs as a regex alternation, multi-word ones first. */
    static final String REPORTING_EN_PATTERN = alternation(REPORTING_EN);
    static final String REPORTING_HI_PATTERN = alternation(Set.copyOf(REPORTING_HI));
    static final String ROLES_EN_PATTERN = alternation(ROLES_EN);
    static final String ROLES_HI_PATTERN = alternation(ROLES_HI);

    private Lexicon() {
    }

    static boolean isRoleHi(String word) {
        return ROLES_HI.contains(word);
    }

    private static Set<String> lower(String resource) {
        return Resources.lines(resource).stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    static String alternation(Set<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
