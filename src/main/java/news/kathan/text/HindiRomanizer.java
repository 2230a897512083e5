package news.kathan.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Writes Hindi (Devanagari) text in a readable Latin spelling: "किताब" becomes "kitab", "सरकार" becomes
 * "sarkar".
 *
 * <p>The hard part of Hindi romanisation is the inherent vowel: every consonant carries an implicit "a" that Hindi
 * drops at the end of a word and in the middle of some (schwa deletion). This class decides which ones stay, using
 * the usual right-to-left rule (a schwa is dropped between a vowel-consonant and a consonant-vowel, and at the end
 * of a word unless the word ends in a cluster with r, y or v, as in "मित्र" mitra), then hands the result to an
 * ICU transliterator whose rules live in {@code text/hindi-latin.txt}.
 */
public final class HindiRomanizer {

    private static final char VIRAMA = '\u094D';
    private static final char NUKTA = '\u093C';
    private static final char INHERENT = '\u0905'; // written explicitly for a schwa that is pronounced

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Transliterator RULES = Transliterator.createFromRules(
            "Kathan-Hindi-Latin", Resources.read("hindi-latin.txt"), Transliterator.FORWARD);
    private static final int CACHE_LIMIT = 200_000;
    private static final ConcurrentHashMap<String, String> WORDS = new ConcurrentHashMap<>();
    private static final Map<String, String> EXCEPTIONS = Resources.lines("romanization-exceptions.txt").stream()
            .map(line -> line.split("\t"))
            .collect(Collectors.toUnmodifiableMap(parts -> parts[0], parts -> parts[1]));

    private HindiRomanizer() {
    }

    /** Lower-case romanisation of any text; characters that are not Devanagari pass through. */
    public static String romanize(String text) {
        String normalized = NFC.normalize(text);
        StringBuilder out = new StringBuilder(normalized.length() + 16);
        int i = 0;
        while (i < normalized.length()) {
            int start = i;
            while (i < normalized.length() && isDevanagariWordChar(normalized.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.append(romanizeWord(normalized.substring(start, i)));
            } else {
                out.append(normalized.charAt(i++));
            }
        }
        return out.toString();
    }

    /**
     * One word, remembered: the same words recur in every article, and ICU's rule-based transliterator runs its
     * rules under a lock (its matchers keep state), so concurrent ingestions would otherwise queue for it.
     */
    private static String romanizeWord(String word) {
        String romanized = WORDS.get(word);
        if (romanized == null) {
            String exception = EXCEPTIONS.get(word);
            romanized = exception != null ? exception.toLowerCase() : RULES.transliterate(withSchwas(word));
            if (WORDS.size() < CACHE_LIMIT) {
                WORDS.put(word, romanized);
            }
        }
        return romanized;
    }

    /** Romanisation with each word capitalised, for display names: "राघवेंद्र शुक्ला" -> "Raghavendra Shukla". */
    public static String romanizeName(String name) {
        String romanized = romanize(name);
        StringBuilder out = new StringBuilder(romanized.length());
        boolean wordStart = true;
        for (char c : romanized.toCharArray()) {
            out.append(wordStart && Character.isLetter(c) ? Character.toUpperCase(c) : c);
            wordStart = !Character.isLetter(c) && c != '\'';
        }
        return out.toString();
    }

    static boolean isDevanagariWordChar(char c) {
        return c >= '\u0900' && c <= '\u0963' || c >= '\u0971' && c <= '\u097F';
    }

    /** An akshara: a consonant cluster (possibly empty) with its vowel and any nasal or visarga after it. */
    private static final class Akshara {
        final StringBuilder onset = new StringBuilder();
        int consonants;
        String vowel = "";          // the matra or independent vowel; empty for the inherent vowel
        boolean closed;             // ends in a virama: no vowel at all
        String modifiers = "";
        boolean schwaDropped;

        boolean hasInherentVowel() {
            return consonants > 0 && vowel.isEmpty() && !closed;
        }

        boolean sounded() {
            return !closed && !schwaDropped;
        }
    }

    /** Rewrites a Devanagari word so that each inherent vowel is explicit (kept) or a virama (dropped). */
    static String withSchwas(String word) {
        List<Akshara> aksharas = split(word);
        int last = aksharas.size() - 1;
        if (last > 0) {
            Akshara end = aksharas.get(last);
            if (end.hasInherentVowel() && end.modifiers.isEmpty()
                    && (end.consonants == 1 || !endsInSemivowel(end))) {
                end.schwaDropped = true;
            }
        }
        for (int k = last - 1; k >= 1; k--) {
            Akshara current = aksharas.get(k);
            Akshara before = aksharas.get(k - 1);
            Akshara after = aksharas.get(k + 1);
            if (current.hasInherentVowel() && current.consonants == 1 && current.modifiers.isEmpty()
                    && before.sounded() && after.consonants == 1 && after.sounded()) {
                current.schwaDropped = true;
            }
        }
        StringBuilder out = new StringBuilder(word.length() + aksharas.size());
        for (Akshara a : aksharas) {
            out.append(a.onset);
            if (a.hasInherentVowel()) {
                out.append(a.schwaDropped ? VIRAMA : INHERENT);
            } else {
                out.append(a.vowel);
                if (a.closed) {
                    out.append(VIRAMA);
                }
            }
            out.append(a.modifiers);
        }
        return out.toString();
    }

    private static boolean endsInSemivowel(Akshara akshara) {
        int length = akshara.onset.length();
        char lastConsonant = akshara.onset.charAt(length - 1) == NUKTA && length > 1
                ? akshara.onset.charAt(length - 2) : akshara.onset.charAt(length - 1);
        return lastConsonant == 'र' || lastConsonant == 'य' || lastConsonant == 'व';
    }

    private static List<Akshara> split(String word) {
        List<Akshara> aksharas = new ArrayList<>();
        Akshara current = null;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isConsonant(c)) {
                boolean continuesCluster = current != null && current.consonants > 0
                        && current.onset.length() > 0 && current.onset.charAt(current.onset.length() - 1) == VIRAMA
                        && current.vowel.isEmpty() && current.modifiers.isEmpty();
                if (!continuesCluster) {
                    current = new Akshara();
                    aksharas.add(current);
                }
                current.onset.append(c);
                current.consonants++;
            } else if (c == NUKTA && current != null && current.consonants > 0) {
                current.onset.append(c);
            } else if (c == VIRAMA && current != null && current.consonants > 0 && current.vowel.isEmpty()) {
                current.onset.append(c); // provisional: a following consonant continues the cluster
            } else if (isMatra(c) && current != null && current.consonants > 0 && current.vowel.isEmpty()) {
                current.vowel = String.valueOf(c);
            } else if (isIndependentVowel(c)) {
                current = new Akshara();
                current.vowel = String.valueOf(c);
                aksharas.add(current);
            } else if (current != null) {
                current.modifiers += c; // anusvara, chandrabindu, visarga and anything else
            } else {
                current = new Akshara();
                current.modifiers += c;
                aksharas.add(current);
            }
        }
        for (Akshara a : aksharas) {
            int length = a.onset.length();
            if (length > 0 && a.onset.charAt(length - 1) == VIRAMA) {
                a.onset.setLength(length - 1);
                a.closed = true;
            }
        }
        return aksharas;
    }

    private static boolean isConsonant(char c) {
        return c >= '\u0915' && c <= '\u0939' || c >= '\u0958' && c <= '\u095F' || c >= '\u0978' && c <= '\u097F';
    }

    private static boolean isMatra(char c) {
        return c >= '\u093A' && c <= '\u094C' && c != NUKTA && c != '\u093D'
                || c == '\u094E' || c == '\u094F' || c >= '\u0955' && c <= '\u0957' || c == '\u0962' || c == '\u0963';
    }

    private static boolean isIndependentVowel(char c) {
        return c >= '\u0904' && c <= '\u0914' || c == '\u0960' || c == '\u0961' || c >= '\u0972' && c <= '\u0977';
    }
}
