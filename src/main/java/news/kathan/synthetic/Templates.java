package news.kathan.synthetic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of sections under {@code classpath:synthetic/}: {@code [name]} headers, then one alternative per line,
 * {@code #} comments and blank lines ignored. Templates expand {@code {@section}} to one of its lines at random,
 * {@code {slot}} to what the caller planted, and {@code {g:male|female}} by the gender the caller gives, so that
 * the words of the archive live in resource files and the Java code only decides what to say.
 */
final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(?:@([\\w.-]+)|g:([^|}]*)\\|([^}]*)|([\\w.-]+))}");
    private static final int DEPTH = 8;

    private final String name;
    private final Map<String, List<String>> sections;

    private Templates(String name, Map<String, List<String>> sections) {
        this.name = name;
        this.sections = sections;
    }

    static Templates read(String file) {
        String resource = "/synthetic/" + file;
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Templates parse(String name, String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalStateException(name + ": a line before any [section]: " + line);
            } else {
                current.add(line);
            }
        }
        Templates templates = new Templates(name, Map.copyOf(sections));
        templates.checkReferences();
        return templates;
    }

    /** Every {@code {@section}} must name a section, so that a typo fails at start rather than mid-run. */
    private void checkReferences() {
        sections.forEach((section, lines) -> {
            if (lines.isEmpty()) {
                throw new IllegalStateException(name + ": section [" + section + "] is empty");
            }
            for (String line : lines) {
                Matcher m = PLACEHOLDER.matcher(line);
                while (m.find()) {
                    if (m.group(1) != null && !sections.containsKey(m.group(1))) {
                        throw new IllegalStateException(name + ": [" + section + "] refers to missing ["
                                + m.group(1) + "]");
                    }
                }
            }
        });
    }

    boolean has(String section) {
        return sections.containsKey(section);
    }

    /** The lines of a section as written. */
    List<String> lines(String section) {
        List<String> lines = sections.get(section);
        if (lines == null) {
            throw new IllegalArgumentException(name + " has no section [" + section + "]");
        }
        return lines;
    }

    /** The lines of a section split at TABs: the tables of syllables, places and outlets. */
    List<String[]> rows(String section) {
        return lines(section).stream().map(line -> line.split("\t")).toList();
    }

    /** One line of a section, at random, with its placeholders expanded. */
    String pick(String section, SplittableRandom random, Map<String, String> slots, boolean female) {
        List<String> lines = lines(section);
        return expand(lines.get(random.nextInt(lines.size())), random, slots, female, 0);
    }

    /** A template with its placeholders expanded. */
    String expand(String template, SplittableRandom random, Map<String, String> slots, boolean female) {
        return expand(template, random, slots, female, 0);
    }

    private String expand(String template, SplittableRandom random, Map<String, String> slots, boolean female,
                          int depth) {
        if (depth > DEPTH) {
            throw new IllegalStateException(name + ": sections refer to each other in a loop: " + template);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(1) != null) {
                List<String> lines = lines(m.group(1));
                replacement = expand(lines.get(random.nextInt(lines.size())), random, slots, female, depth + 1);
            } else if (m.group(2) != null) {
                replacement = female ? m.group(3) : m.group(2);
            } else {
                replacement = slots.get(m.group(4));
                if (replacement == null) {
                    throw new IllegalStateException(name + ": nothing planted for {" + m.group(4) + "} in " + template);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
