package news.kathan.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the versioned word lists and rule files under {@code classpath:text/}. */
public final class Resources {

    private Resources() {
    }

    /** The whole file as a string. */
    public static String read(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/text/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource text/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-blank lines, trimmed, without {@code #} comment lines. */
    public static List<String> lines(String name) {
        return read(name).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
