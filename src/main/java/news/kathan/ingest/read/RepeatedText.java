package news.kathan.ingest.read;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a stretch of text printed twice in a row, as web pages do when a body (or a title) is rendered twice.
 *
 * <p>A stretch counts as printed twice when the text from some line or sentence start is repeated from a later
 * point for almost all of the distance between the two (so "A A" or "A x A" with a small x, but not a single
 * sentence quoted twice far apart, nor tweets that share an opening phrase). The later copy is removed; anything
 * after it stays. Candidate starts are found by hashing the first words of every line and sentence, so the work
 * is linear in the length of the text.
 */
final class RepeatedText {

    private static final int PROBE = 40;
    private static final int MIN_REPEAT = 30;
    /** How much of the gap between the two starts the repeat must cover to count as a second print. */
    private static final double MIN_COVER = 0.8;
    private static final Pattern STARTS = Pattern.compile("(?:^|\\n|[.।?!…]\\s+)(?=\\S)");

    private RepeatedText() {
    }

    static String removeRepeats(String text) {
        String current = text;
        for (int round = 0; round < 10; round++) {
            String next = removeFirstRepeat(current);
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static String removeFirstRepeat(String text) {
        Map<String, Integer> firstSeen = new HashMap<>();
        Matcher start = STARTS.matcher(text);
        while (start.find()) {
            int p = start.end();
            if (p + PROBE > text.length()) {
                break;
            }
            String probe = text.substring(p, p + PROBE);
            Integer s = firstSeen.putIfAbsent(probe, p);
            if (s == null) {
                continue;
            }
            int gap = p - s;
            int repeated = commonPrefix(text, s, p, gap);
            if (repeated >= MIN_REPEAT && repeated >= MIN_COVER * gap) {
                return text.substring(0, p) + text.substring(p + repeated);
            }
        }
        return text;
    }

    private static int commonPrefix(String text, int a, int b, int limit) {
        int n = 0;
        while (n < limit && b + n < text.length() && text.charAt(a + n) == text.charAt(b + n)) {
            n++;
        }
        return n;
    }
}
