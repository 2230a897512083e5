package news.kathan.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.kathan.text.NameKeys;

/**
 * The words of a text with their offsets and name keys. Runs of single letters separated by dots or spaces are
 * one word ("R. K." is "rk"), as {@link NameKeys} treats initials. Web addresses and @handles are not words, so
 * nothing is found inside "pic.twitter.com/SC8ZcRF1CV".
 */
final class Words {

    /**
     * One word: where it is, as printed, and its name key. {@code joinedToNext} says whether it can run on into the
     * next word as one name: only spaces, a hyphen ("Morcha-Lokhit") or the dot of an initial lie between them,
     * never a line break or the end of a sentence.
     */
    record Word(int index, int start, int end, String text, String key, boolean joinedToNext) {
    }

    /** Spaces, a hyphen, an initial's dot, or brackets ("JD(U)", "Lok Morcha (S)") join words into one name. */
    private static final Pattern JOINING_GAP = Pattern.compile("[ \\t]{1,2}|-|\\.[ \\t]?|[ \\t]?\\(|\\)[ \\t]?");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern NOT_WORDS = Pattern.compile("(?:https?://|www\\.|pic\\.twitter\\.com/)\\S*|@\\w+");
    private static final int CACHE_LIMIT = 200_000;
    private static final ConcurrentHashMap<String, String> KEYS = new ConcurrentHashMap<>();

    private final List<Word> words;

    private Words(List<Word> words) {
        this.words = words;
    }

    static Words of(String text) {
        boolean[] hidden = new boolean[text.length()];
        Matcher skip = NOT_WORDS.matcher(text);
        while (skip.find()) {
            for (int i = skip.start(); i < skip.end(); i++) {
                hidden[i] = true;
            }
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!hidden[m.start()]) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        List<Word> unjoined = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            if (isInitial(text, start, end)) {
                int j = i;
                while (j + 1 < spans.size() && isInitial(text, spans.get(j + 1)[0], spans.get(j + 1)[1])
                        && text.substring(spans.get(j)[1], spans.get(j + 1)[0]).matches("\\.?\\s*")) {
                    j++;
                }
                if (j > i) {
                    end = spans.get(j)[1];
                    String printed = text.substring(start, end);
                    unjoined.add(new Word(unjoined.size(), start, end, printed, key(printed), false));
                    i = j;
                    continue;
                }
            }
            String printed = text.substring(start, end);
            unjoined.add(new Word(unjoined.size(), start, end, printed, key(printed), false));
        }
        List<Word> words = new ArrayList<>(unjoined.size());
        for (int i = 0; i < unjoined.size(); i++) {
            Word w = unjoined.get(i);
            boolean joined = false;
            if (i + 1 < unjoined.size()) {
                String gap = text.substring(w.end(), unjoined.get(i + 1).start());
                joined = JOINING_GAP.matcher(gap).matches() && (!gap.startsWith(".") || isInitials(w.text()));
            }
            words.add(new Word(w.index(), w.start(), w.end(), w.text(), w.key(), joined));
        }
        return new Words(words);
    }

    /** A single capital letter followed by a dot: one letter of a set of initials. */
    private static boolean isInitial(String text, int start, int end) {
        return end - start == 1 && Character.isUpperCase(text.charAt(start))
                && end < text.length() && text.charAt(end) == '.';
    }

    /** "R", "RK", "R.K": a word made of initials, after which a dot does not end the name. */
    private static boolean isInitials(String word) {
        return word.replace(".", "").length() <= 3 && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                && Character.isLetter(word.charAt(0));
    }

    static String key(String word) {
        String key = KEYS.get(word);
        if (key == null) {
            key = NameKeys.of(word);
            if (KEYS.size() < CACHE_LIMIT) {
                KEYS.put(word, key);
            }
        }
        return key;
    }

    List<Word> all() {
        return words;
    }

    int size() {
        return words.size();
    }

    Word get(int i) {
        return words.get(i);
    }

    /** The index of the first word starting at or after an offset, or size() when there is none. */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
