package news.kathan.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quoted stretches of text: any pairing of “ ” " (double) or ‘ ’ ' (single) marks, mixed straight and curly
 * within a family, across sentence breaks, and across paragraph breaks when the next paragraph reopens the quote
 * (the English convention for long quotes). An apostrophe inside a word (don’t, party's) is never a mark.
 *
 * <p>A quote opened in an embedded post and cut off before "pic.twitter.com" ends there: the tail (link, author,
 * date) and a trailing "…" are not part of the quoted words.
 */
final class QuoteMarks {

    /** A quoted stretch: the marks' positions and the quoted words between them (trimmed). */
    record Quoted(int open, int close, int textStart, int textEnd, boolean truncated) {
    }

    private static final String DOUBLE_OPEN = "“„«\"";
    private static final String DOUBLE_CLOSE = "”»\"";
    private static final String SINGLE_OPEN = "‘‚'";
    private static final String SINGLE_CLOSE = "’'";
    private static final int MAX_QUOTE = 5000;
    private static final Pattern TWEET_TAIL = Pattern.compile("\\s*(?:…|\\.\\.\\.)?\\s*pic\\.twitter\\.com/");

    private QuoteMarks() {
    }

    static List<Quoted> find(String text) {
        List<Quoted> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean isDouble = DOUBLE_OPEN.indexOf(c) >= 0;
            boolean isSingle = SINGLE_OPEN.indexOf(c) >= 0;
            if ((isDouble || isSingle) && opens(text, i)) {
                Quoted quoted = close(text, i, isDouble ? DOUBLE_CLOSE : SINGLE_CLOSE, isDouble);
                if (quoted != null) {
                    found.add(quoted);
                    i = Math.max(quoted.close(), quoted.textEnd()) + 1;
                    continue;
                }
            }
            i++;
        }
        return found;
    }

    /** An opening mark follows a space, a line start or punctuation, and is followed by a non-space. */
    private static boolean opens(String text, int i) {
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        boolean beforeOk = Character.isWhitespace(before) || "([{—–-:,;|".indexOf(before) >= 0
                || DOUBLE_OPEN.indexOf(before) >= 0 || SINGLE_OPEN.indexOf(before) >= 0;
        return beforeOk && !Character.isWhitespace(after);
    }

    /** A closing mark follows a non-space and is not inside a word (an apostrophe). */
    private static boolean closes(String text, int i) {
        char before = text.charAt(i - 1);
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        return !Character.isWhitespace(before) && !(Character.isLetter(before) && Character.isLetter(after));
    }

    private static Quoted close(String text, int open, String closers, boolean isDouble) {
        int limit = Math.min(text.length(), open + MAX_QUOTE);
        int paragraphEnd = endOfLine(text, open);
        Matcher tail = TWEET_TAIL.matcher(text).region(open, paragraphEnd);
        int tailStart = tail.find() ? tail.start() : -1;
        for (int j = open + 1; j < limit; j++) {
            if (tailStart >= 0 && j == tailStart) {
                return trimmed(text, open, -1, open + 1, tailStart, true);
            }
            char c = text.charAt(j);
            if (c == '\n') {
                // A long quote may continue into the next paragraph when that paragraph reopens it.
                int next = j;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                boolean reopens = next < text.length()
                        && (isDouble ? DOUBLE_OPEN : SINGLE_OPEN).indexOf(text.charAt(next)) >= 0;
                // Some reports do not reopen the quote in the next paragraph; it still runs on if that paragraph
                // closes it before anything opens a new one.
                if (!reopens && !closedInParagraph(text, next, closers, isDouble)) {
                    return null;
                }
                j = next;
                paragraphEnd = endOfLine(text, next);
                continue;
            }
            if (closers.indexOf(c) >= 0 && closes(text, j)) {
                return trimmed(text, open, j, open + 1, j, false);
            }
        }
        return null;
    }

    private static boolean closedInParagraph(String text, int from, String closers, boolean isDouble) {
        int end = endOfLine(text, from);
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if ((isDouble ? "“„«" : "‘‚").indexOf(c) >= 0) {
                return false;
            }
            if (closers.indexOf(c) >= 0 && k > from && closes(text, k)) {
                return c != '"' && c != '\'' || !opens(text, k);
            }
        }
        return false;
    }

    private static Quoted trimmed(String text, int open, int close, int start, int end, boolean truncated) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ','
                || truncated && (text.charAt(e - 1) == '…' || text.charAt(e - 1) == '.'))) {
            e--;
        }
        return e > s ? new Quoted(open, close, s, e, truncated) : null;
    }

    private static int endOfLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
