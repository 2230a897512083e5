package news.kathan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.kathan.KathanApplication;
import news.kathan.ingest.ReferenceLists;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documented command for a synthetic archive ({@code java -jar kathan.jar generate ...}), run as the jar runs
 * it, against a database of its own. (SyntheticArchiveTest checks that a second run adds only what is missing.)
 */
class GenerateCommandTest {

    private final String database = "--spring.datasource.url=jdbc:h2:mem:generate-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1";

    private record Run(int exitCode, String out, String err) {
    }

    private Run generate(String... args) {
        List<String> all = new ArrayList<>(List.of("generate"));
        all.addAll(List.of(args));
        all.add(database);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GenerateCommand.run(KathanApplication.class, all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void itWritesTheArticlesItIsAskedForAndReportsItsRateAndTheArchive() {
        Run run = generate("--articles=4", "--seed=3", "--threads=2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("0 of 4 articles of seed 3 are stored").contains("Stored 4 articles")
                .containsPattern("[0-9.]+ articles/s").containsPattern("[0-9.]+ ms per article")
                .containsPattern("The archive holds 4 articles, [0-9]+ quotes, [0-9]+ claims \\([0-9]+ anonymous\\), "
                        + "[0-9]+ events, [0-9]+ people");
    }

    @Test
    void itPrintsTheTextsOfArticlesOfASeedAndWritesNothing() {
        Run run = generate("--print=3", "--from=5", "--seed=3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> texts = JsonMapper.builder().build().readValue(run.out(), new TypeReference<List<String>>() {
        });
        Cast cast = Cast.invent(3, SyntheticArticles.population(8),
                ReferenceLists.read(new ClassPathResource("seeds/reference/")));
        SyntheticArticles writer = new SyntheticArticles(3, cast);
        assertThat(texts).containsExactly(writer.write(5).text(), writer.write(6).text(), writer.write(7).text());
        assertThat(generate("--print=0").exitCode()).isEqualTo(2);
    }

    @Test
    void whatIsNotUnderstoodGetsTheUsageAndExitCodeTwo() {
        for (String[] wrong : List.of(new String[] {"--articles=many"}, new String[] {"--articles=0"},
                new String[] {"--threads=0"}, new String[] {"--threads=4294967298"},
                new String[] {"--seed=1", "--seed=2"}, new String[] {"now"})) {
            Run run = generate(wrong);
            assertThat(run.exitCode()).as(String.join(" ", wrong)).isEqualTo(2);
            assertThat(run.err()).contains("Usage:").contains("generate [--articles=");
            assertThat(run.out()).isEmpty();
        }
    }
}
