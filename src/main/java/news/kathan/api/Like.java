package news.kathan.api;

import java.util.Locale;

/** Builds LIKE patterns from client input with its wildcards escaped, so "50%" matches "50%" and nothing else. */
public final class Like {

    public static final char ESCAPE = '\\';

    private Like() {
    }

    /** A case-folded pattern matching text that contains the words given, with \ as the escape character. */
    public static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
