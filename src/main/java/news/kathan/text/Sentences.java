package news.kathan.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence breaks for Hindi and English text with ICU: the Unicode sentence rules (which know the danda) with the
 * abbreviations in {@code text/abbreviations.txt} suppressed, so "Dr. Rajesh Verma" and "डॉ. शर्मा" stay whole.
 * A line break always ends a sentence: headings and paragraphs never run together.
 */
public final class Sentences {

    /** A sentence: [start, end) of the text, with surrounding whitespace excluded. */
    public record Sentence(int start, int end) {
        public boolean contains(int offset) {
            return start <= offset && offset < end;
        }
    }

    /** Built once (it compiles rules) and cloned per use, since break iterators hold state. */
    private static final BreakIterator PROTOTYPE = build();

    private Sentences() {
    }

    private static BreakIterator build() {
        // The empty builder plus our own list: adding entries to ICU's built-in English list also suppressed
        // breaks after unrelated words ("two dozen former MLAs. The …") in ICU 78.
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
        Resources.lines("abbreviations.txt").forEach(builder::suppressBreakAfter);
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ULocale.ENGLISH));
    }

    public static List<Sentence> of(String text) {
        BreakIterator breaks = (BreakIterator) PROTOTYPE.clone();
        breaks.setText(text);
        List<Sentence> sentences = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            // Initials ("R.K. Tiwari", "V. N. Kushwaha") are not the end of a sentence; no fixed list can hold them.
            if (INITIALS_AT_END.matcher(text.substring(start, end)).find() && end < text.length()
                    && text.charAt(end - 1) != '\n') {
                continue;
            }
            addTrimmed(text, start, end, sentences);
            start = end;
        }
        return sentences;
    }

    private static final java.util.regex.Pattern INITIALS_AT_END =
            java.util.regex.Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}\\.\\s?){1,3}\\s*$");

    private static void addTrimmed(String text, int start, int end, List<Sentence> into) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            into.add(new Sentence(s, e));
        }
    }
}
