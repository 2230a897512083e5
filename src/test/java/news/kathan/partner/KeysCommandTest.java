package news.kathan.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import news.kathan.KathanApplication;
import org.junit.jupiter.api.Test;

/**
 * The documented command for API keys ({@code java -jar kathan.jar keys ...}), run as the jar runs it, against a
 * database of its own that outlives each run, as a file database does between two invocations.
 */
class KeysCommandTest {

    private final String database = "--spring.datasource.url=jdbc:h2:mem:keys-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1";

    private record Run(int exitCode, String out, String err) {
    }

    private Run keys(String... args) {
        List<String> all = new ArrayList<>(List.of("keys"));
        all.addAll(List.of(args));
        all.add(database);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = KeysCommand.run(KathanApplication.class, all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aKeyIsCreatedShownOnceListedWithoutItselfAndRevoked() {
        Run created = keys("create", "--name=desk-editor", "--outlet=IANS", "--role=editor");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String[] lines = created.out().strip().split("\n");
        String key = lines[lines.length - 1].strip();
        assertThat(created.out()).contains("EDITOR key 'desk-editor'").contains("Indo-Asian News Service");
        assertThat(key).hasSizeGreaterThanOrEqualTo(32).doesNotContain(" ");

        Run listed = keys("list");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("desk-editor").contains("EDITOR").doesNotContain(key);

        Run revoked = keys("revoke", "desk-editor");
        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        String row = keys("list").out().lines().filter(line -> line.startsWith("desk-editor\t")).findFirst()
                .orElseThrow();
        String[] columns = row.split("\t");
        assertThat(columns).hasSize(6);
        assertThat(columns[5]).as("revoked").isNotBlank();
    }

    @Test
    void aKeyForAnOutletNobodyKnowsNeedsCreateOutlet() {
        Run refused = keys("create", "--name=weekly", "--outlet=Bundelkhand Weekly");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("Bundelkhand Weekly");
        assertThat(keys("list").out()).doesNotContain("weekly");

        Run created = keys("create", "--name=weekly", "--outlet=Bundelkhand Weekly", "--create-outlet");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("PARTNER key 'weekly'");
    }

    @Test
    void whatIsNotUnderstoodGetsTheUsageAndExitCodeTwo() {
        Run unknown = keys("rotate");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("Usage:").contains("keys create");
        Run noOutlet = keys("create", "--name=x");
        assertThat(noOutlet.exitCode()).isEqualTo(2);
        Run badRole = keys("create", "--name=x", "--outlet=IANS", "--role=OWNER");
        assertThat(badRole.exitCode()).isEqualTo(1);
        assertThat(badRole.err()).contains("PARTNER or EDITOR");
        assertThat(keys("revoke", "nobody").exitCode()).isEqualTo(1);
    }
}
