package news.kathan.search;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.kathan.text.NameKeys;
import news.kathan.text.Resources;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a text into the words search finds it by, and gives each word the two terms it is stored and looked up
 * under: its {@link NameKeys#strictWordKey spelling key}, which folds case, diacritics, script (Devanagari is
 * romanised) and consonant spellings but keeps the vowels ("Kanpur", "KANPUR", "कानपुर": "kanpur"), and its
 * {@link NameKeys#of name key}, which also folds the vowels Hindi names are spelled with in so many ways
 * ("Jaipur", "जयपुर": "jipur"). Before either, the variants one Hindi word is typed with are made one: a nukta is
 * dropped (बड़ा, बडा), a chandrabindu becomes an anusvara (माँ, मां), zero-width joiners go and Devanagari digits
 * become ASCII ones.
 *
 * <p>Index and query go through the same code, which is what makes them agree.
 */
public final class SearchWords {

    /** The longest term stored: the column is varchar(100), and a name key takes a one-character prefix. */
    static final int MAX_KEY_LENGTH = 99;

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Letters with their combining marks (Devanagari vowel signs are marks) and digits. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}+");
    private static final char NUKTA = '\u093C';
    private static final char CHANDRABINDU = '\u0901';
    private static final char ANUSVARA = '\u0902';
    private static final String NAME_KEY_PREFIX = "~";
    private static final int CACHE_LIMIT = 200_000;
    private static final ConcurrentHashMap<String, Optional<Word>> WORDS = new ConcurrentHashMap<>();

    private static final Set<String> STOP_WORDS = Resources.lines("search-stop-words.txt").stream()
            .map(SearchWords::normalized)
            .map(word -> word.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private SearchWords() {
    }

    /** One searchable word: the spelling key and the name key it is found by. */
    public record Word(String key, String nameKey) {

        /** Both terms, as the search_term table stores them. */
        public List<String> terms() {
            return List.of(key, nameKeyTerm());
        }

        String nameKeyTerm() {
            return NAME_KEY_PREFIX + nameKey;
        }
    }

    /** The distinct searchable words of a text, in the order they first occur. */
    public static Set<Word> of(String text) {
        Map<String, @Nullable Word> seen = new HashMap<>();
        Set<Word> words = new LinkedHashSet<>();
        for (String token : tokens(text)) {
            Word word = seen.computeIfAbsent(token, SearchWords::word);
            if (word != null) {
                words.add(word);
            }
        }
        return words;
    }

    /** Every word of the text as written (normalised), stop words and one-letter words included. */
    static List<String> tokens(String text) {
        Matcher word = WORD.matcher(normalized(text));
        List<String> tokens = new ArrayList<>();
        while (word.find()) {
            tokens.add(word.group());
        }
        return tokens;
    }

    /** The word a token is searched by, or null for a stop word or a word of one letter. */
    static @Nullable Word word(String token) {
        // Remembered: the same words recur in every article, and each costs two keys (one romanisation).
        Optional<Word> known = WORDS.get(token);
        if (known == null) {
            known = Optional.ofNullable(computeWord(token));
            if (WORDS.size() < CACHE_LIMIT) {
                WORDS.put(token, known);
            }
        }
        return known.orElse(null);
    }

    private static @Nullable Word computeWord(String token) {
        if (token.codePointCount(0, token.length()) < 2 || STOP_WORDS.contains(token.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String key = NameKeys.strictWordKey(token);
        if (key.isEmpty()) {
            return null;
        }
        String nameKey = NameKeys.of(token);
        return new Word(cut(key), cut(nameKey.isEmpty() ? key : nameKey));
    }

    private static String normalized(String text) {
        String normalized = FORMAT_CHARACTERS.matcher(NFKC.normalize(text)).replaceAll("");
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == NUKTA) {
                continue;
            }
            if (c == CHANDRABINDU) {
                out.append(ANUSVARA);
            } else if (Character.isDigit(c) && c > '9') {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String cut(String key) {
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }
}
