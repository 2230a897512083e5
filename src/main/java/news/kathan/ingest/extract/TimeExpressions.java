package news.kathan.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.kathan.event.DatePrecision;
import news.kathan.text.CalendarWords;
import news.kathan.text.ExplicitDates;
import org.jspecify.annotations.Nullable;

/**
 * Dates in running text, in English and Hindi, and what they mean given the publication date and the tense:
 * explicit dates ("20 सितंबर, 2021", "January 24, 2026", "March 2025"), years where the words make them years
 * ("in 2017", "2024 के लोकसभा चुनाव", "साल 2027"), weekdays ("on Saturday", "मंगलवार को": the last one for the
 * past, the next one for the future), and phrases relative to publication ("आज", "yesterday", "आठ साल पहले",
 * "in the next four days", "अगले 3 से 4 दिनों में", "last month"). Nothing relative is resolved without a
 * publication date.
 */
final class TimeExpressions {

    /** A date expression found in text, with a way to resolve it. */
    record Found(int start, int end, Kind kind, int a, int b, int c) {

        /** Explicit dates resolve without a publication date; everything else needs one. */
        boolean explicit() {
            return kind == Kind.FULL_DATE || kind == Kind.MONTH_YEAR || kind == Kind.YEAR;
        }
    }

    /** A resolved date: the first day, the precision, and the last possible day for windows. */
    record Resolved(LocalDate date, DatePrecision precision, @Nullable LocalDate until) {
    }

    enum Kind { FULL_DATE, MONTH_YEAR, YEAR, DAY_MONTH, MONTH, WEEKDAY, TODAY, DAY_OFFSET, YEARS_AGO, YEAR_OFFSET,
        MONTH_OFFSET, WEEK_OFFSET, NEXT_DAYS, AMBIGUOUS_KAL }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String NUMBER = "(" + CalendarWords.numberPattern() + ")";
    private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{M}\\d,])";
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\p{M}\\d])";

    private static final Pattern YEAR_IN_CONTEXT = Pattern.compile(
            "(?:(?:in|since|during|of|by|until|till|year|साल|सन|वर्ष)\\s+(?<y1>(?:19|20)\\d{2})" + NOT_LETTER_AFTER + ")"
                    + "|(?:" + NOT_LETTER_BEFORE + "(?<y2>(?:19|20)\\d{2})\\s+(?:में|के|की|का|से|तक)" + NOT_LETTER_AFTER + ")"
                    + "|(?:(?:the\\s+)?" + NOT_LETTER_BEFORE + "(?<y3>(?:19|20)\\d{2})\\s+(?:[\\p{L}\\p{M}]+\\s+){0,3}?"
                    + "(?:polls?|elections?|assembly|lok\\s+sabha|general\\s+election)\\b)", FLAGS);
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?:(?<mod>last|next|this|coming|पिछले|अगले|इस)\\s+)?(?<day>" + CalendarWords.weekdayPattern() + ")"
                    + NOT_LETTER_AFTER, FLAGS);
    private static final Pattern TODAY = Pattern.compile(
            NOT_LETTER_BEFORE + "(?:today|आज|tonight|this\\s+morning|this\\s+evening)" + NOT_LETTER_AFTER, FLAGS);
    private static final Pattern YESTERDAY_TOMORROW = Pattern.compile(
            NOT_LETTER_BEFORE + "(?<word>yesterday|tomorrow|बीते\\s+दिन)" + NOT_LETTER_AFTER, FLAGS);
    private static final Pattern KAL = Pattern.compile(NOT_LETTER_BEFORE + "कल" + NOT_LETTER_AFTER);
    private static final Pattern AGO = Pattern.compile(
            NOT_LETTER_BEFORE + NUMBER + "\\s+(?<unit>days?|weeks?|months?|years?|दिन|हफ्ते|सप्ताह|महीने|माह|साल|वर्ष)"
                    + "\\s+(?:ago|back|पहले|पूर्व)" + NOT_LETTER_AFTER, FLAGS);
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            NOT_LETTER_BEFORE + "(?<mod>last|next|this|पिछले|अगले|इस|बीते)\\s+(?<unit>week|month|year|हफ्ते|सप्ताह|महीने|माह|साल|वर्ष)"
                    + NOT_LETTER_AFTER, FLAGS);
    /** A month named alone, where the words make it a time: "in December", "दिसंबर में", "since January". */
    private static final Pattern MONTH_ALONE = Pattern.compile(
            "(?:(?:in|by|since|until|till|from|due\\s+in|early|late|mid-?)\\s+(?-i:(?<en>" + CalendarWords.monthPattern()
                    + "))(?![\\p{L}\\d])(?!\\s+\\d))|(?:" + NOT_LETTER_BEFORE + "(?<hi>" + CalendarWords.monthPattern()
                    + ")\\s+(?:में|से|तक|के)" + NOT_LETTER_AFTER + ")", FLAGS);
    private static final Pattern NEXT_DAYS = Pattern.compile(
            "(?:(?:in|within)\\s+the\\s+next|अगले)\\s+" + NUMBER + "(?:\\s+(?:से|to|or|-)\\s+" + NUMBER + ")?"
                    + "\\s+(?<unit>days?|दिनों|दिन)", FLAGS);

    private TimeExpressions() {
    }

    /** Every date expression in [start, end) of the text, in order, without overlaps. */
    static List<Found> find(String text, int start, int end) {
        String region = text.substring(start, end);
        List<Found> found = new ArrayList<>();
        for (ExplicitDates.Found d : ExplicitDates.find(region)) {
            Kind kind = d.year() == null ? Kind.DAY_MONTH : d.day() == null ? Kind.MONTH_YEAR : Kind.FULL_DATE;
            add(found, new Found(start + d.start(), start + d.end(), kind,
                    d.year() == null ? 0 : d.year(), d.month(), d.day() == null ? 0 : d.day()));
        }
        Matcher m = NEXT_DAYS.matcher(region);
        while (m.find()) {
            Integer first = CalendarWords.number(m.group(1));
            Integer last = m.group(2) == null ? first : CalendarWords.number(m.group(2));
            if (first != null && last != null) {
                add(found, new Found(start + m.start(), start + m.end(), Kind.NEXT_DAYS, first, last, 0));
            }
        }
        m = AGO.matcher(region);
        while (m.find()) {
            Integer n = CalendarWords.number(m.group(1));
            if (n == null) {
                continue;
            }
            String unit = m.group("unit");
            Kind kind = unit.startsWith("year") || unit.equals("साल") || unit.equals("वर्ष") ? Kind.YEARS_AGO
                    : unit.startsWith("month") || unit.equals("महीने") || unit.equals("माह") ? Kind.MONTH_OFFSET
                    : unit.startsWith("week") || unit.equals("हफ्ते") || unit.equals("सप्ताह") ? Kind.WEEK_OFFSET
                    : Kind.DAY_OFFSET;
            add(found, new Found(start + m.start(), start + m.end(), kind, -n, 0, 0));
        }
        m = RELATIVE_PERIOD.matcher(region);
        while (m.find()) {
            String mod = m.group("mod").toLowerCase();
            int direction = mod.equals("last") || mod.equals("पिछले") || mod.equals("बीते") ? -1
                    : mod.equals("next") || mod.equals("अगले") ? 1 : 0;
            String unit = m.group("unit");
            Kind kind = unit.equals("year") || unit.equals("साल") || unit.equals("वर्ष") ? Kind.YEAR_OFFSET
                    : unit.equals("month") || unit.equals("महीने") || unit.equals("माह") ? Kind.MONTH_OFFSET
                    : Kind.WEEK_OFFSET;
            add(found, new Found(start + m.start(), start + m.end(), kind, direction, 1, 0));
        }
        m = YEAR_IN_CONTEXT.matcher(region);
        while (m.find()) {
            String group = m.group("y1") != null ? "y1" : m.group("y2") != null ? "y2" : "y3";
            add(found, new Found(start + m.start(group), start + m.end(group), Kind.YEAR,
                    Integer.parseInt(m.group(group)), 0, 0));
        }
        m = WEEKDAY.matcher(region);
        while (m.find()) {
            DayOfWeek day = CalendarWords.weekday(m.group("day"));
            if (day == null || m.group("day").length() <= 3 && !Character.isUpperCase(m.group("day").charAt(0))
                    && !news.kathan.text.Scripts.hasDevanagari(m.group("day"))) {
                continue; // "sun", "sat" in running text are words, not days
            }
            String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase();
            int direction = mod.equals("last") || mod.equals("पिछले") ? -1
                    : mod.equals("next") || mod.equals("coming") || mod.equals("अगले") ? 1 : 0;
            add(found, new Found(start + m.start(), start + m.end(), Kind.WEEKDAY, day.getValue(), direction, 0));
        }
        m = TODAY.matcher(region);
        while (m.find()) {
            add(found, new Found(start + m.start(), start + m.end(), Kind.TODAY, 0, 0, 0));
        }
        m = YESTERDAY_TOMORROW.matcher(region);
        while (m.find()) {
            int offset = m.group("word").equalsIgnoreCase("tomorrow") ? 1 : -1;
            add(found, new Found(start + m.start(), start + m.end(), Kind.DAY_OFFSET, offset, 0, 0));
        }
        m = KAL.matcher(region);
        while (m.find()) {
            add(found, new Found(start + m.start(), start + m.end(), Kind.AMBIGUOUS_KAL, 0, 0, 0));
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static void add(List<Found> found, Found candidate) {
        boolean overlaps = found.stream().anyMatch(f -> f.start() < candidate.end() && candidate.start() < f.end());
        if (!overlaps) {
            found.add(candidate);
        }
    }

    /** What a date expression means, given the publication date and whether its clause speaks of the future. */
    static Optional<Resolved> resolve(Found f, @Nullable LocalDate published, boolean future) {
        switch (f.kind()) {
            case FULL_DATE:
                return Optional.of(new Resolved(LocalDate.of(f.a(), f.b(), f.c()), DatePrecision.DAY, null));
            case MONTH_YEAR:
                return Optional.of(new Resolved(LocalDate.of(f.a(), f.b(), 1), DatePrecision.MONTH, null));
            case YEAR:
                return Optional.of(new Resolved(LocalDate.of(f.a(), 1, 1), DatePrecision.YEAR, null));
            default:
                break;
        }
        if (published == null) {
            return Optional.empty();
        }
        return switch (f.kind()) {
            case DAY_MONTH -> nearestYear(published, f.b(), f.c(), future);
            case WEEKDAY -> {
                DayOfWeek day = DayOfWeek.of(f.a());
                boolean forward = f.b() > 0 || f.b() == 0 && future;
                LocalDate date = forward ? published.with(TemporalAdjusters.nextOrSame(day))
                        : published.with(TemporalAdjusters.previousOrSame(day));
                if (f.b() > 0 && date.equals(published)) {
                    date = date.plusWeeks(1);
                }
                if (f.b() < 0 && date.equals(published)) {
                    date = date.minusWeeks(1);
                }
                yield Optional.of(new Resolved(date, DatePrecision.DAY, null));
            }
            case TODAY -> Optional.of(new Resolved(published, DatePrecision.DAY, null));
            case MONTH -> {
                // The month of the publication year, or the next or last one by tense ("due in December").
                LocalDate inYear = LocalDate.of(published.getYear(), f.b(), 1);
                LocalDate date = future && inYear.plusMonths(1).isBefore(published.withDayOfMonth(1).plusMonths(1))
                        && inYear.isBefore(published.withDayOfMonth(1)) ? inYear.plusYears(1)
                        : !future && inYear.isAfter(published) ? inYear.minusYears(1) : inYear;
                yield Optional.of(new Resolved(date, DatePrecision.MONTH, null));
            }
            case DAY_OFFSET -> Optional.of(new Resolved(published.plusDays(f.a()), DatePrecision.DAY, null));
            case AMBIGUOUS_KAL -> Optional.of(new Resolved(published.plusDays(future ? 1 : -1), DatePrecision.DAY, null));
            case YEARS_AGO -> Optional.of(new Resolved(published.plusYears(f.a()).withDayOfYear(1), DatePrecision.YEAR, null));
            case YEAR_OFFSET -> Optional.of(new Resolved(published.plusYears(f.a()).withDayOfYear(1), DatePrecision.YEAR, null));
            case MONTH_OFFSET -> Optional.of(new Resolved(published.plusMonths(f.a()).withDayOfMonth(1),
                    DatePrecision.MONTH, null));
            case WEEK_OFFSET -> {
                LocalDate monday = published.plusWeeks(f.a()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield Optional.of(new Resolved(monday, DatePrecision.DAY, monday.plusDays(6)));
            }
            case NEXT_DAYS -> Optional.of(new Resolved(published.plusDays(1), DatePrecision.DAY,
                    published.plusDays(Math.max(f.a(), f.b()))));
            default -> Optional.empty();
        };
    }

    /** A day and month without a year: in the publication year, or the next or last one by tense. */
    private static Optional<Resolved> nearestYear(LocalDate published, int month, int day, boolean future) {
        for (int shift : new int[] {0, future ? 1 : -1}) {
            try {
                LocalDate date = LocalDate.of(published.getYear() + shift, month, day);
                boolean plausible = future ? !date.isBefore(published.minusMonths(1))
                        : !date.isAfter(published.plusMonths(1));
                if (plausible) {
                    return Optional.of(new Resolved(date, DatePrecision.DAY, null));
                }
            } catch (java.time.DateTimeException e) {
                // 29 February outside a leap year: try the other year
            }
        }
        return Optional.empty();
    }
}
