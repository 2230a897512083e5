package news.kathan.ingest.read;

import java.util.List;
import java.util.Locale;
import news.kathan.text.Resources;

/**
 * Drops teasers for other stories appended to an article ("यह खबर भी पढ़ें… <headline> <blurb> पूरी खबर पढ़ें…",
 * "Also read: <headline>"), so that nothing in them becomes a quote, claim or event of this article.
 *
 * <p>A teaser runs from its marker (with any separator dashes before it) to an end marker when one follows within
 * a few thousand characters, else to the end of the first line of text after the marker. It is replaced by a line
 * break, so that text on either side does not run together.
 */
final class Teasers {

    private static final List<String> MARKERS = lowerCase(Resources.lines("teaser-markers.txt"));
    private static final List<String> END_MARKERS = lowerCase(Resources.lines("teaser-end-markers.txt"));
    private static final int MAX_TEASER = 3000;
    private static final String SEPARATORS = "—–-_=*~•·| \t";

    private Teasers() {
    }

    static String remove(String text) {
        String current = text;
        int from = 0;
        while (true) {
            String lower = current.toLowerCase(Locale.ROOT);
            int marker = -1;
            String markerText = null;
            for (String m : MARKERS) {
                int at = indexOfAtWordStart(lower, m, from);
                if (at >= 0 && (marker < 0 || at < marker)) {
                    marker = at;
                    markerText = m;
                }
            }
            if (marker < 0) {
                return current;
            }
            int start = marker;
            while (start > 0 && SEPARATORS.indexOf(current.charAt(start - 1)) >= 0) {
                start--;
            }
            int end = endOfTeaser(current, lower, marker + markerText.length());
            current = current.substring(0, start).stripTrailing() + "\n" + current.substring(end).stripLeading();
            from = start;
        }
    }

    private static int endOfTeaser(String text, String lower, int afterMarker) {
        int limit = Math.min(text.length(), afterMarker + MAX_TEASER);
        int best = -1;
        for (String m : END_MARKERS) {
            int at = lower.indexOf(m, afterMarker);
            if (at >= 0 && at + m.length() <= limit && (best < 0 || at < best)) {
                best = at + m.length();
            }
        }
        if (best >= 0) {
            while (best < text.length() && ".…:!। ".indexOf(text.charAt(best)) >= 0 && text.charAt(best) != '\n') {
                best++;
            }
            return best;
        }
        // No end marker: the teaser is the rest of the marker's line, or the next line of text if that is empty.
        int lineEnd = text.indexOf('\n', afterMarker);
        if (lineEnd < 0) {
            return text.length();
        }
        String restOfLine = text.substring(afterMarker, lineEnd).replaceAll("[\\s.…:!।\\-–—]", "");
        if (!restOfLine.isEmpty()) {
            return lineEnd;
        }
        int next = lineEnd;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        int nextEnd = text.indexOf('\n', next);
        return nextEnd < 0 ? text.length() : nextEnd;
    }

    /**
     * Where a marker starts a teaser: at a word start, and followed by the punctuation that introduces a link
     * ("Also read:", "यह खबर भी पढ़ें…", "ALSO READ |") or by the end of the line, so that "you can also read the
     * letter" in running text is left alone.
     */
    private static int indexOfAtWordStart(String text, String word, int from) {
        int at = text.indexOf(word, from);
        while (at >= 0 && (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
                || !introducesLink(text, at + word.length()))) {
            at = text.indexOf(word, at + 1);
        }
        return at;
    }

    private static boolean introducesLink(String text, int afterMarker) {
        int i = afterMarker;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == text.length() || ":…|-–—>\n".indexOf(text.charAt(i)) >= 0 || text.startsWith("..", i);
    }

    private static List<String> lowerCase(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
