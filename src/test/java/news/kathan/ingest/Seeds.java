package news.kathan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed articles, read from the classpath copy of seeds/. */
public final class Seeds {

    public static final String RESIGNATION_HINDI = "000_6e24a6a0d0edf3a6.txt";
    public static final String INTERVIEW_HINDI = "001_11488c005779dcaf.txt";
    public static final String AGENCY_ENGLISH = "002_d98242aa58832c58.txt";
    public static final String SOURCES_ENGLISH = "003_029ee32889f33f1a.txt";
    public static final String PRINTED_TWICE_HINDI = "004_6de089ccd9478a84.txt";

    private Seeds() {
    }

    public static String text(String file) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No seed " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
