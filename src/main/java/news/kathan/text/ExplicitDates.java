package news.kathan.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds calendar dates written out in English or Hindi: "January 24, 2026", "24 Jan 2026", "20 सितंबर, 2021",
 * "2026-01-24", "March 2025", and day-month forms without a year ("Jan 24", "24 जनवरी"). Bare years are left to
 * callers, who know whether a number is a year from its context.
 */
public final class ExplicitDates {

    /** A date as written: the fields the text gives, and where it gives them. */
    public record Found(int start, int end, @Nullable Integer year, int month, @Nullable Integer day) {

        public boolean hasYear() {
            return year != null;
        }

        /** The date, when the text gives a year; the first of the month when it gives no day. */
        public @Nullable LocalDate date() {
            return year == null ? null : LocalDate.of(year, month, day == null ? 1 : day);
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final String MONTH = "(" + CalendarWords.monthPattern() + ")\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:1[89]|20)\\d{2})";

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + "\\s+" + MONTH + "(?!\\w)", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+" + DAY + "\\b(?!\\s*,?\\s*\\d)", FLAGS);

    private ExplicitDates() {
    }

    /** Every date in the text, longest reading first where two overlap, in text order. */
    public static List<Found> find(CharSequence text) {
        List<Found> found = new ArrayList<>();
        if (!hasDigit(text)) {
            return found; // every form has a digit (\\d is any Unicode digit here), and most sentences none
        }
        collect(found, ISO.matcher(text), 1, 2, 3, true);
        collect(found, DAY_MONTH_YEAR.matcher(text), 3, 2, 1, false);
        collect(found, MONTH_DAY_YEAR.matcher(text), 3, 1, 2, false);
        collect(found, MONTH_YEAR.matcher(text), 2, 1, 0, false);
        collect(found, DAY_MONTH.matcher(text), 0, 2, 1, false);
        collect(found, MONTH_DAY.matcher(text), 0, 1, 2, false);
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    private static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The one date that a whole string is (a date line such as "Jan 24, 2026" or "24 Jan 2026 08:46 pm"). */
    public static @Nullable Found whole(String line) {
        List<Found> all = find(line);
        if (all.isEmpty()) {
            return null;
        }
        Found date = all.get(0);
        String rest = (line.substring(0, date.start()) + " " + line.substring(date.end()))
                .replaceAll("(?i)\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(am|pm|IST|बजे)?\\b", "")
                .replaceAll("(?i)\\b(IST|am|pm|on|updated|published)\\b", "")
                .replaceAll("[\\s,.:|\\-–]", "");
        return rest.isEmpty() ? date : null;
    }

    private static void collect(List<Found> found, Matcher m, int yearGroup, int monthGroup, int dayGroup,
                                boolean numericMonth) {
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().anyMatch(f -> f.start() < end && start < f.end())) {
                continue; // a longer reading of the same words was already found
            }
            Integer month = numericMonth ? Integer.valueOf(m.group(monthGroup)) : CalendarWords.month(m.group(monthGroup));
            Integer year = yearGroup == 0 ? null : Integer.valueOf(m.group(yearGroup));
            Integer day = dayGroup == 0 ? null : Integer.valueOf(m.group(dayGroup));
            if (month == null || !valid(year, month, day)) {
                continue;
            }
            found.add(new Found(start, end, year, month, day));
        }
    }

    private static boolean valid(@Nullable Integer year, int month, @Nullable Integer day) {
        try {
            LocalDate.of(year == null ? 2024 : year, month, day == null ? 1 : day); // 2024: Feb 29 is valid
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
