package news.kathan.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import news.kathan.KathanApplication;
import news.kathan.testing.PostgresPerContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's bulk path to an H2 archive ({@code java -jar kathan.jar copy-archive ...}), run as the jar runs
 * it: from a generated archive on the suite's database (PostgreSQL in the postgres suite, as the benchmark copies
 * it, H2 otherwise) into a new H2 database, which must then hold the same rows and hand out the ids the source
 * would have.
 */
class CopyCommandTest {

    private record Database(String url, String user, String password, List<String> springArgs) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path directory;
    private Database source;
    private Database target;

    @BeforeEach
    void generateTheSource() {
        // a file, as the benchmark's: the copy compacts it and the checks below read it reopened
        String targetUrl = "jdbc:h2:file:" + directory.resolve("copy") + ";DB_CLOSE_DELAY=-1";
        target = new Database(targetUrl, "sa", "", List.of("--spring.datasource.url=" + targetUrl));
        if (PostgresPerContext.enabled()) {
            PostgresPerContext.Schema schema = PostgresPerContext.Schema.create();
            source = new Database(schema.url(), schema.user(), schema.password(), List.of(
                    "--spring.datasource.url=" + schema.url(), "--spring.datasource.username=" + schema.user(),
                    "--spring.datasource.password=" + schema.password(), "--spring.flyway.schemas=" + schema.name(),
                    "--spring.flyway.create-schemas=true"));
        } else {
            source = h2("copy-source-");
        }
        assertThat(generate(source, 6).exitCode()).isZero();
    }

    private static Database h2(String prefix) {
        String url = "jdbc:h2:mem:" + prefix + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return new Database(url, "sa", "", List.of("--spring.datasource.url=" + url));
    }

    private static Run generate(Database database, int articles) {
        List<String> args = new ArrayList<>(List.of("generate", "--articles=" + articles, "--seed=4", "--threads=2"));
        args.addAll(database.springArgs());
        return run((out, err) -> GenerateCommand.run(KathanApplication.class, args.toArray(String[]::new),
                out, err));
    }

    private Run copy(String... extra) {
        List<String> args = new ArrayList<>(List.of(CopyCommand.NAME, "--from=" + source.url(),
                "--from-user=" + source.user(), "--from-password=" + source.password(), "--to=" + target.url()));
        args.addAll(List.of(extra));
        return run((out, err) -> CopyCommand.run(args.toArray(String[]::new), out, err));
    }

    private interface Command {
        int run(PrintStream out, PrintStream err);
    }

    private static Run run(Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCopyHoldsEveryRowOfEveryTableAndReportsItsRate() throws SQLException {
        Run run = copy();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Analysed and compacted the H2 file").containsPattern("Copied [0-9]+ rows of [0-9]+ tables and [0-9]+ sequences in [0-9.]+ s: "
                + "[0-9.]+ articles/s").contains("The archive holds 6 articles");
        try (Connection from = source.connect(); Connection to = target.connect()) {
            List<String> tables = tables(to);
            assertThat(tables).contains("article", "quote", "claim", "event", "person", "search_term");
            for (String table : tables) {
                assertThat(primaryKey(to, table)).as(table + "'s primary key").isEqualTo(primaryKey(from, table))
                        .isNotEmpty();
                List<String> copied = rows(to, table);
                assertThat(copied).as(table).isEqualTo(rows(from, table));
                if (List.of("article", "quote", "claim", "event", "search_term").contains(table)) {
                    assertThat(copied).as(table).isNotEmpty();
                }
            }
        }
    }

    @Test
    void theCopyAllocatesTheIdsTheSourceWouldHaveAndGrowsAsTheSourceDoes() throws SQLException {
        assertThat(copy().exitCode()).isZero();
        try (Connection from = source.connect(); Connection to = target.connect()) {
            for (String sequence : List.of("article_seq", "quote_seq", "person_seq", "event_mention_seq")) {
                assertThat(nextValue(to, sequence)).as(sequence).isEqualTo(nextValue(from, sequence));
            }
        }
        // the application writes into the copy without colliding with a copied id
        Run grown = generate(target, 9);
        assertThat(grown.exitCode()).as(grown.err() + grown.out()).isZero();
        assertThat(grown.out()).contains("6 of 9 articles of seed 4 are stored").contains("holds 9 articles");
    }

    @Test
    void aTargetThatHoldsRowsIsRefusedAndKeepsThem() throws SQLException {
        assertThat(copy().exitCode()).isZero();
        long articles = count(target, "article");
        Run again = copy();
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("Nothing was copied: the target already holds rows in");
        assertThat(count(target, "article")).isEqualTo(articles);
    }

    @Test
    void withoutATargetItPrintsItsUsage() {
        Run run = run((out, err) -> CopyCommand.run(new String[] {CopyCommand.NAME,
                "--from=" + source.url()}, out, err));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--to is required").contains("Usage:");
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = current_schema and table_type in ('BASE TABLE', 'TABLE')")) {
            while (rows.next()) {
                String table = rows.getString(1).toLowerCase(Locale.ROOT);
                if (!table.equals("flyway_schema_history")) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** Every row of a table, columns by name and instants as instants, sorted: comparable across databases. */
    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select * from " + table)) {
            ResultSetMetaData metadata = result.getMetaData();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= metadata.getColumnCount(); i++) {
                    String name = metadata.getColumnName(i).toLowerCase(Locale.ROOT);
                    boolean instant = metadata.getColumnType(i) == Types.TIMESTAMP_WITH_TIMEZONE
                            || metadata.getColumnTypeName(i).toLowerCase(Locale.ROOT).contains("timestamp");
                    Object value = instant ? result.getObject(i, OffsetDateTime.class) : result.getObject(i);
                    values.add(name + "=" + (value instanceof OffsetDateTime time ? time.toInstant() : value));
                }
                values.sort(null);
                rows.add(String.join(", ", values));
            }
        }
        rows.sort(null);
        return rows;
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        String name = connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        try (ResultSet rows = connection.getMetaData().getPrimaryKeys(null, connection.getSchema(), name)) {
            while (rows.next()) {
                // names of unnamed keys differ between databases; the columns and their order are the key
                columns.add(rows.getShort("KEY_SEQ") + ":" + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        columns.sort(null);
        return columns;
    }

    private static long nextValue(Connection connection, String sequence) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(postgres ? "select nextval('" + sequence + "')"
                     : "select next value for " + sequence)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long count(Database database, String table) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
