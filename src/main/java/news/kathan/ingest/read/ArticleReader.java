package news.kathan.ingest.read;

import com.ibm.icu.text.Normalizer2;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.kathan.article.DateSource;
import news.kathan.text.CalendarWords;
import news.kathan.text.ExplicitDates;
import news.kathan.text.Resources;
import news.kathan.text.Scripts;
import news.kathan.text.Sentences;
import org.jspecify.annotations.Nullable;

/**
 * Reads a raw news article (as scraped: header, title, byline, photo credits, breadcrumbs, body, teasers) into a
 * {@link ParsedArticle}: the cleaned body and the metadata around it.
 *
 * <p>The publication date is taken, in this order of trust, from the {@code " date YYYY-MM-DD"} header, a
 * "Published on" line or a date line near the title, an "Updated on" line, or a dateline ("Lucknow, Jan 24:"),
 * whose year is taken from the nearest full date printed in the article. When none of these exist the date is
 * null: it is never guessed.
 */
public final class ArticleReader {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern HEADER = Pattern.compile("\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})[ \\t]*");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(published(?:\\s+on)?|first published|प्रकाशित(?:\\s+तिथि)?|पब्लिश्ड)\\s*[:\\-–]?\\s*(.*)", FLAGS);
    private static final Pattern UPDATED = Pattern.compile(
            "(updated(?:\\s+on)?|last updated|अपडेटेड|अपडेट)\\s*[:\\-–]?\\s*(.*)", FLAGS);
    private static final Pattern BREADCRUMB = Pattern.compile("(?:[^/>»]{1,80}\\s[/>»]\\s){2,}.*");
    private static final Pattern FOOTER = Pattern.compile("(.{1,40}?)\\s+\\|\\s+(.{1,40})");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("(.{20,}?)\\s+[|]\\s+([^|]{1,40})");
    private static final Pattern NAME_LINE = Pattern.compile("\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){1,3}");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.।!?…]['\"’”]?$", Pattern.DOTALL);
    private static final Pattern DATELINE_EN = Pattern.compile(
            "^\\p{Lu}[\\p{L}]+(?:[ -]\\p{Lu}[\\p{L}]+)*,\\s+(" + CalendarWords.monthPattern() + ")\\.?\\s+(\\d{1,2})"
                    + "(?:\\s*\\([^)]{1,20}\\))?\\s*[:\\-–—]", FLAGS);
    private static final Pattern DATELINE_HI = Pattern.compile(
            "^[\\p{L}\\p{M}]+(?:\\s[\\p{L}\\p{M}]+)?,\\s+(\\d{1,2})\\s+(" + CalendarWords.monthPattern() + ")"
                    + "(?:\\s*\\([^)]{1,20}\\))?\\s*[।:\\-–—]", FLAGS);
    private static final List<Pattern> FURNITURE = Resources.lines("metadata-lines.txt").stream()
            .map(regex -> Pattern.compile(regex, FLAGS))
            .toList();

    private enum Kind { TEXT, BLANK, META }

    private static final class Line {
        final String text;
        Kind kind;

        Line(String text) {
            this.text = text.strip();
            this.kind = this.text.isEmpty() ? Kind.BLANK : Kind.TEXT;
        }
    }

    private record DateCandidate(LocalDate date, DateSource source) {
    }

    /** Reads an article; {@code providedDate}, when given (a partner's publishedOn), wins over the text. */
    public ParsedArticle read(String raw, @Nullable LocalDate providedDate) {
        String text = NFC.normalize(raw).replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "")
                .replace('\u00A0', ' ');
        List<DateCandidate> dates = new ArrayList<>();
        Matcher header = HEADER.matcher(text);
        if (header.lookingAt()) {
            parseIso(header.group(1)).ifPresent(d -> dates.add(new DateCandidate(d, DateSource.HEADER)));
            text = text.substring(header.end());
        }
        text = Teasers.remove(RepeatedText.removeRepeats(text));

        List<Line> lines = text.lines().map(Line::new).toList();
        List<String> outletNames = new ArrayList<>();
        String byline = markFurniture(lines, dates, outletNames);

        String title = null;
        Line titleLine = firstText(lines);
        if (titleLine != null && looksLikeTitle(titleLine, lines)) {
            titleLine.kind = Kind.META;
            title = titleLine.text;
            Matcher suffix = TITLE_SUFFIX.matcher(title);
            if (suffix.matches()) {
                title = suffix.group(1).strip();
                outletNames.add(suffix.group(2).strip());
            }
        }
        String body = assemble(lines);
        if (title == null) {
            title = opening(body);
        }
        // A dateline is the least trusted date (see trust()): read it, which scans the whole text for the
        // year, only when nothing better dates the article.
        DateCandidate dateline = providedDate == null && dates.isEmpty() ? dateline(body, text, dates) : null;
        if (dateline != null) {
            dates.add(dateline);
        }
        LocalDate publishedOn = providedDate;
        DateSource source = providedDate != null ? DateSource.PROVIDED : DateSource.NONE;
        if (providedDate == null) {
            DateCandidate best = dates.stream().min(Comparator.comparingInt(d -> trust(d.source()))).orElse(null);
            if (best != null) {
                publishedOn = best.date();
                source = best.source();
            }
        }
        return new ParsedArticle(title, body, publishedOn, source, byline, List.copyOf(outletNames),
                Scripts.language(body));
    }

    private static int trust(DateSource source) {
        return switch (source) {
            case PROVIDED -> 0;
            case HEADER -> 1;
            case PUBLISHED_LINE -> 2;
            case UPDATED_LINE -> 3;
            case DATELINE -> 4;
            case NONE -> 5;
        };
    }

    /** Marks page furniture as metadata, collecting dates and outlet names from it; returns the byline. */
    private static @Nullable String markFurniture(List<Line> lines, List<DateCandidate> dates, List<String> outlets) {
        int lastText = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).kind == Kind.TEXT) {
                lastText = i;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind != Kind.TEXT) {
                continue;
            }
            Matcher published = PUBLISHED.matcher(line.text);
            Matcher updated = UPDATED.matcher(line.text);
            if (published.matches() || updated.matches()) {
                boolean isPublished = published.matches();
                String value = (isPublished ? published : updated).group(2);
                Line valueLine = null;
                if (value.isBlank()) {
                    valueLine = nextText(lines, i);
                    value = valueLine == null ? "" : valueLine.text;
                }
                ExplicitDates.Found found = ExplicitDates.whole(value);
                if (found != null && found.hasYear()) {
                    line.kind = Kind.META;
                    if (valueLine != null) {
                        valueLine.kind = Kind.META;
                    }
                    dates.add(new DateCandidate(found.date(),
                            isPublished ? DateSource.PUBLISHED_LINE : DateSource.UPDATED_LINE));
                }
                continue;
            }
            ExplicitDates.Found dateLine = line.text.length() <= 60 ? ExplicitDates.whole(line.text) : null;
            if (dateLine != null) {
                line.kind = Kind.META;
                if (dateLine.hasYear() && dateLine.day() != null) {
                    dates.add(new DateCandidate(dateLine.date(), DateSource.PUBLISHED_LINE));
                }
                continue;
            }
            if (BREADCRUMB.matcher(line.text).matches() && line.text.length() <= 400) {
                line.kind = Kind.META;
                continue;
            }
            if (FURNITURE.stream().anyMatch(p -> p.matcher(line.text).matches())) {
                line.kind = Kind.META;
                continue;
            }
            Matcher footer = FOOTER.matcher(line.text);
            if (i == lastText && footer.matches()) {
                line.kind = Kind.META;
                outlets.add(footer.group(2).strip());
            }
        }
        // Short lines next to furniture are furniture too: the byline between a photo placeholder and a date, a
        // place tag above an image. Repeat until nothing changes, since furniture comes in clusters.
        String byline = null;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.kind != Kind.TEXT || !nextToFurniture(lines, i)) {
                    continue;
                }
                boolean nameLike = NAME_LINE.matcher(line.text).matches() && line.text.length() <= 50;
                boolean tag = line.text.split("\\s+").length <= 3 && !SENTENCE_END.matcher(line.text).matches();
                if (nameLike || tag) {
                    line.kind = Kind.META;
                    if (nameLike && byline == null) {
                        byline = line.text;
                    }
                    changed = true;
                }
            }
        }
        return byline;
    }

    private static boolean nextToFurniture(List<Line> lines, int i) {
        Line before = previousNonBlank(lines, i);
        Line after = nextNonBlank(lines, i);
        return before != null && before.kind == Kind.META || after != null && after.kind == Kind.META;
    }

    /**
     * A title is a short first line, followed by a break, that is not a sentence of running text: it does not
     * end in a full stop (also inside a closing quote: 'उन्होंने कहा, "…।"') and holds no second sentence.
     */
    private static boolean looksLikeTitle(Line candidate, List<Line> lines) {
        String text = candidate.text;
        String withoutClosingQuote = text.replaceAll("[\"'”’»]+$", "");
        if (text.length() > 300 || withoutClosingQuote.endsWith(".") || withoutClosingQuote.endsWith("।")
                || Sentences.of(text).size() > 1) {
            return false;
        }
        int index = lines.indexOf(candidate);
        boolean followedByBreak = index + 1 < lines.size() && lines.get(index + 1).kind != Kind.TEXT;
        return followedByBreak && nextText(lines, index) != null;
    }

    private static String assemble(List<Line> lines) {
        StringBuilder body = new StringBuilder();
        boolean pendingBreak = false;
        for (Line line : lines) {
            if (line.kind == Kind.TEXT) {
                if (!body.isEmpty()) {
                    body.append(pendingBreak ? "\n\n" : "\n");
                }
                body.append(line.text);
                pendingBreak = false;
            } else if (line.kind == Kind.BLANK || line.kind == Kind.META) {
                pendingBreak = pendingBreak || line.kind == Kind.BLANK;
            }
        }
        return body.toString();
    }

    /** The first sentence of the body, shortened at a word boundary: the title of an article printed without one. */
    private static String opening(String body) {
        List<Sentences.Sentence> sentences = Sentences.of(body);
        String first = sentences.isEmpty() ? body.strip()
                : body.substring(sentences.get(0).start(), sentences.get(0).end());
        if (first.length() <= 160) {
            return first;
        }
        int cut = first.lastIndexOf(' ', 157);
        return first.substring(0, cut > 60 ? cut : 157) + "…";
    }

    /** A dateline at the start of the body, with its year taken from the nearest full date in the article. */
    private static @Nullable DateCandidate dateline(String body, String wholeText, List<DateCandidate> dates) {
        String start = body.length() > 200 ? body.substring(0, 200) : body;
        Integer month = null;
        Integer day = null;
        Matcher en = DATELINE_EN.matcher(start);
        Matcher hi = DATELINE_HI.matcher(start);
        if (en.find()) {
            month = CalendarWords.month(en.group(1));
            day = Integer.valueOf(en.group(2));
        } else if (hi.find()) {
            month = CalendarWords.month(hi.group(2));
            day = Integer.valueOf(hi.group(1));
        }
        if (month == null) {
            return null;
        }
        List<LocalDate> references = new ArrayList<>(dates.stream().map(DateCandidate::date).toList());
        ExplicitDates.find(wholeText).stream().filter(f -> f.hasYear() && f.day() != null)
                .map(ExplicitDates.Found::date).forEach(references::add);
        if (references.isEmpty()) {
            return null;
        }
        LocalDate reference = references.get(0);
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            try {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (best == null || distance(candidate, reference) < distance(best, reference)) {
                    best = candidate;
                }
            } catch (java.time.DateTimeException e) {
                // 29 February in a year without it: not this year
            }
        }
        return best == null ? null : new DateCandidate(best, DateSource.DATELINE);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static java.util.Optional<LocalDate> parseIso(String iso) {
        try {
            return java.util.Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static @Nullable Line firstText(List<Line> lines) {
        return lines.stream().filter(l -> l.kind == Kind.TEXT).findFirst().orElse(null);
    }

    private static @Nullable Line nextText(List<Line> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (lines.get(i).kind == Kind.TEXT) {
                return lines.get(i);
            }
        }
        return null;
    }

    private static @Nullable Line nextNonBlank(List<Line> lines, int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (lines.get(i).kind != Kind.BLANK) {
                return lines.get(i);
            }
        }
        return null;
    }

    private static @Nullable Line previousNonBlank(List<Line> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (lines.get(i).kind != Kind.BLANK) {
                return lines.get(i);
            }
        }
        return null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
