package news.kathan.text;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Month, weekday and number words in English and Hindi, read from {@code text/*.txt}. */
public final class CalendarWords {

    private static final Map<String, Integer> MONTHS = numbered("months.txt");
    private static final Map<String, Integer> WEEKDAYS = numbered("weekdays.txt");
    private static final Map<String, Integer> NUMBERS = numbered("numbers.txt");

    private CalendarWords() {
    }

    /** The month (1-12) a word names, or null. Case-insensitive; a trailing dot is ignored ("Jan."). */
    public static @Nullable Integer month(String word) {
        return MONTHS.get(normalize(word));
    }

    public static @Nullable DayOfWeek weekday(String word) {
        Integer day = WEEKDAYS.get(normalize(word));
        return day == null ? null : DayOfWeek.of(day);
    }

    /** The value of a number written in digits or as a word ("four", "चार"), or null. */
    public static @Nullable Integer number(String word) {
        String w = normalize(word);
        if (w.chars().allMatch(Character::isDigit) && !w.isEmpty() && w.length() < 6) {
            return Integer.parseInt(w);
        }
        return NUMBERS.get(w);
    }

    /** A regular-expression alternation of every month name, longest first. */
    public static String monthPattern() {
        return alternation(MONTHS);
    }

    public static String weekdayPattern() {
        return alternation(WEEKDAYS);
    }

    public static String numberPattern() {
        return "\\d{1,3}|" + alternation(NUMBERS);
    }

    private static String normalize(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static String alternation(Map<String, Integer> words) {
        return words.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private static Map<String, Integer> numbered(String resource) {
        Map<String, Integer> words = new HashMap<>();
        for (String line : Resources.lines(resource)) {
            String[] parts = line.split("\\s+");
            int value = Integer.parseInt(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                words.put(parts[i].toLowerCase(Locale.ROOT), value);
            }
        }
        return Map.copyOf(words);
    }
}
