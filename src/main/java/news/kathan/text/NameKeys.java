package news.kathan.text;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The key under which a name is stored and looked up, so that one person's name matches in any script, case or
 * common spelling: "Raghvendra Shukla", "Raghavendra Shukla", "raghvendra shukl" and "राघवेंद्र शुक्ला"
 * all have the key {@code "nsimudin sidiki"}.
 *
 * <p>Devanagari is romanised first. Then each word is folded the way Hindi names vary in Latin spelling: aspirates
 * lose their h (th, dh, kh, bh, sh), q and z become k and j, w becomes v, ee and oo become i and u, o merges with
 * u and y with i, doubled letters collapse, and every "a" or "e" after a word's first letter is dropped (a final e
 * counts as i), since whether a Hindi name is written with a, aa, e or nothing there (Jaiswal, Jayaswal, जायसवाल;
 * Verma, वर्मा) is the most common variation of all.
 * Honorifics (ji, श्री, Dr.) are dropped and initials are joined ("R. K." and "आर.के." are both "rk").
 *
 * <p>The key is deliberately lossy; callers resolve the rare collisions with context.
 */
public final class NameKeys {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");

    private static final String[][] SPELLING_FOLDS = {
            {"ee", "i"}, {"oo", "u"}, {"chh", "c"}, {"qu", "k"}, {"ck", "k"}, {"kh", "k"}, {"gh", "g"}, {"ch", "c"}, {"jh", "j"},
            {"th", "t"}, {"dh", "d"}, {"bh", "b"}, {"sh", "s"}, {"rh", "r"}, {"ph", "f"},
            {"q", "k"}, {"x", "ks"}, {"w", "v"}, {"z", "j"}, {"y", "i"}, {"o", "u"},
    };

    private static final int CACHE_LIMIT = 200_000;
    private static final ConcurrentHashMap<String, String> STRICT_KEYS = new ConcurrentHashMap<>();

    private static final Map<String, String> DEVANAGARI_INITIALS = Resources.lines("devanagari-initials.txt").stream()
            .map(line -> line.split("\t"))
            .collect(Collectors.toUnmodifiableMap(parts -> parts[0], parts -> parts[1]));
    /** A Devanagari letter name followed by a dot: "आर." in "आर.के. तिवारी". */
    private static final Pattern DEVANAGARI_INITIAL = Pattern.compile(
            "(?<![\\u0900-\\u097F])(" + DEVANAGARI_INITIALS.keySet().stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .collect(Collectors.joining("|")) + ")\\s*\\.");
    private static final Set<String> HONORIFICS = Resources.lines("honorifics.txt").stream()
            .map(NameKeys::foldedTokens)
            .filter(tokens -> tokens.size() == 1)
            .map(tokens -> tokens.get(0))
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> STRICT_HONORIFICS = Resources.lines("honorifics.txt").stream()
            .map(NameKeys::strictWordKey)
            .filter(key -> !key.isEmpty())
            .collect(Collectors.toUnmodifiableSet());

    private NameKeys() {
    }

    /** The key of a name, or the empty string when it has no letters. */
    public static String of(String name) {
        List<String> tokens = foldedTokens(name);
        if (tokens.size() > 1) {
            List<String> withoutHonorifics = tokens.stream().filter(t -> !HONORIFICS.contains(t)).toList();
            if (!withoutHonorifics.isEmpty()) {
                tokens = withoutHonorifics;
            }
        }
        return String.join(" ", tokens);
    }

    /**
     * A word as spelled, in Latin letters without diacritics and in lower case, but not folded: "यादव" is
     * "yadav". One-letter typos are judged on this, since folding leaves too little of a short name to compare.
     */
    public static String spelling(String word) {
        String text = NFKC.normalize(word);
        if (Scripts.hasDevanagari(text)) {
            text = HindiRomanizer.romanize(text);
        }
        return MARKS.matcher(NFD.normalize(text.toLowerCase(Locale.ROOT))).replaceAll("");
    }

    /**
     * A stricter key for a single word: romanised and folded for script and consonant spelling (sh, aspirates,
     * w/v, z/j, q/k, doubled letters, ee/oo), but keeping every vowel. One word has too little in it for the
     * name key alone: "करेगी" (will do) and a surname "Karge", or "मुद्दे" (issues) and "Mudi", share name keys.
     */
    public static String strictWordKey(String word) {
        // Remembered: it is asked for every word of every article (search terms, honorifics, partial names).
        String key = STRICT_KEYS.get(word);
        if (key == null) {
            key = computeStrictWordKey(word);
            if (STRICT_KEYS.size() < CACHE_LIMIT) {
                STRICT_KEYS.put(word, key);
            }
        }
        return key;
    }

    private static String computeStrictWordKey(String word) {
        String folded = spelling(word);
        for (String[] rule : SPELLING_FOLDS) {
            if (!rule[0].equals("y") && !rule[0].equals("o")) {
                folded = folded.replace(rule[0], rule[1]);
            }
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (char c : folded.toCharArray()) {
            if (Character.isLetterOrDigit(c) && (out.isEmpty() || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a word is an honorific or form of address ("ji", "श्री", "Dr."), never part of a name. Judged on the
     * spelling key, which keeps vowels: on the name key, which drops them, the surnames "Mara" and "Marar" were
     * "Mr" and dropped from the names they end.
     */
    public static boolean isHonorific(String word) {
        return STRICT_HONORIFICS.contains(strictWordKey(word));
    }

    /** The words of a name as folded tokens, with initials joined. */
    static List<String> foldedTokens(String name) {
        String text = NFKC.normalize(name);
        if (Scripts.hasDevanagari(text)) {
            Matcher initial = DEVANAGARI_INITIAL.matcher(text);
            text = initial.replaceAll(match -> DEVANAGARI_INITIALS.get(match.group(1)) + ".");
            text = HindiRomanizer.romanize(text);
        }
        text = MARKS.matcher(NFD.normalize(text.toLowerCase(Locale.ROOT))).replaceAll("");
        List<String> raw = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            raw.add(token.group());
        }
        List<String> joined = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (String t : raw) {
            if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
                initials.append(t);
                continue;
            }
            if (!initials.isEmpty()) {
                joined.add(fold(initials.toString()));
                initials.setLength(0);
            }
            joined.add(fold(t));
        }
        if (!initials.isEmpty()) {
            joined.add(fold(initials.toString()));
        }
        return joined;
    }

    static String fold(String word) {
        String folded = word;
        for (String[] rule : SPELLING_FOLDS) {
            folded = folded.replace(rule[0], rule[1]);
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == 'a' && i > 0 || c == 'e' && i > 0 && i < folded.length() - 1) {
                continue;
            }
            if (c == 'e') {
                c = 'i';
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
