package news.kathan.synthetic;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.springframework.boot.DefaultApplicationArguments;

/**
 * The bulk path to an archive for benchmarks:
 * {@code java -jar kathan.jar copy-archive --from=<JDBC URL> --to=<JDBC URL>}, which copies an archive row for
 * row, with its ids and the state of its sequences, into a new database that it creates with the same
 * migrations. The benchmark grows its PostgreSQL archive through the normal ingestion ({@code generate}) and
 * copies it into H2 at each size: the generator writes about 55 articles a second into an H2 file, so 100,000
 * articles would take it half an hour, where the copy takes minutes and its rows are the generated ones, id for
 * id (H2 and PostgreSQL are then measured on the same records).
 *
 * <p>The source is read in one read-only, repeatable-read transaction, so the copy is of one moment even if
 * something writes meanwhile. Tables are filled parents first, with the target's foreign keys checked as usual;
 * the copy refuses a target that holds any row, and a source whose applied migrations are not the target's. It
 * compares each table's row count with the source's before it reports. PostgreSQL and H2 are supported on either
 * side (their sequences are read differently).
 */
public final class CopyCommand {

    public static final String NAME = "copy-archive";

    static final String USAGE = """
            Usage:
              copy-archive --from=<JDBC URL> [--from-user=postgres] [--from-password=]
                           --to=<JDBC URL of a new database> [--to-user=sa] [--to-password=]
            Copies the archive at --from, row for row with its ids and sequences, into the database at --to, which it
            first migrates; the target must hold no rows.
            """;

    /** Rows sent to the target per JDBC batch, and per commit of the target's transaction. */
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 50_000;
    private static final String MIGRATIONS = "flyway_schema_history";

    private CopyCommand() {
    }

    /** Runs the command and returns the process's exit code: 0 copied, 1 failed, 2 not understood. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        var arguments = new DefaultApplicationArguments(args);
        Endpoint from;
        Endpoint to;
        try {
            if (arguments.getNonOptionArgs().size() > 1) {
                throw new IllegalArgumentException("unexpected " + arguments.getNonOptionArgs().subList(1,
                        arguments.getNonOptionArgs().size()));
            }
            from = new Endpoint(option(arguments, "from", null), option(arguments, "from-user", "postgres"),
                    option(arguments, "from-password", ""));
            to = new Endpoint(option(arguments, "to", null), option(arguments, "to-user", "sa"),
                    option(arguments, "to-password", ""));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try {
            copy(from, to, out);
            return 0;
        } catch (Refused e) {
            err.println("Nothing was copied: " + e.getMessage());
            return 1;
        } catch (SQLException | IllegalStateException e) {
            err.println("The copy failed, and the target may hold part of it (remove it to copy again): "
                    + e.getMessage());
            return 1;
        }
    }

    /** What stops a copy before it writes anything. */
    private static final class Refused extends RuntimeException {

        Refused(String message) {
            super(message);
        }
    }

    private record Endpoint(String url, String user, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private record Column(String name, int type) {
    }

    /**
     * A table's columns; its primary key's constraint and columns in their order (null and empty if it has none);
     * and whether a foreign key refers to it.
     */
    private record Table(List<Column> columns, String primaryKeyName, List<String> primaryKey, boolean referenced) {

        /**
         * Whether to fill the table without its primary key and add the key after. An H2 primary key other than
         * one bigint column is an index beside the rows, and when its keys arrive in no order (the search terms,
         * led by their words) most of its pages change between two stores of the file and are written again at
         * each: the table took most of a copy's time, and its file grew to 25 times the data. Built afterwards,
         * the index is sorted once. Only for tables no foreign key needs the key of while they fill.
         */
        boolean keyedAfterwards() {
            return primaryKeyName != null && !referenced && primaryKey.size() > 1;
        }
    }

    private static void copy(Endpoint from, Endpoint to, PrintStream out) throws SQLException {
        long started = System.nanoTime();
        Flyway.configure().dataSource(to.url(), to.user(), to.password()).locations("classpath:db/migration")
                .load().migrate();
        try (Connection source = from.connect(); Connection target = to.connect()) {
            source.setReadOnly(true);
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            source.setAutoCommit(false);
            target.setAutoCommit(false);
            List<String> migrations = appliedMigrations(source);
            if (!migrations.equals(appliedMigrations(target))) {
                throw new Refused("the source's migrations " + migrations
                        + " are not the target's " + appliedMigrations(target));
            }
            Map<String, Table> tables = tablesParentsFirst(target);
            for (String table : tables.keySet()) {
                if (count(target, table) > 0) {
                    throw new Refused("the target already holds rows in " + table
                            + "; copy-archive writes only into a new database");
                }
            }
            long rows = 0;
            for (Map.Entry<String, Table> table : tables.entrySet()) {
                long tableStarted = System.nanoTime();
                long copied = copyTable(source, target, table.getKey(), table.getValue());
                long expected = count(source, table.getKey());
                if (copied != expected) {
                    throw new IllegalStateException(table.getKey() + ": copied " + copied + " rows of " + expected);
                }
                rows += copied;
                out.printf(Locale.ROOT, "  %s: %d rows in %.1f s%n", table.getKey(), copied,
                        (System.nanoTime() - tableStarted) / 1e9);
            }
            int sequences = copySequences(source, target);
            target.commit();
            source.commit();
            long articles = count(target, "article");
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "Copied %d rows of %d tables and %d sequences in %.1f s: %.1f articles/s%n",
                    rows, tables.size(), sequences, seconds, articles / seconds);
            out.printf(Locale.ROOT, "The archive holds %d articles, %d quotes, %d claims, %d events, %d people%n",
                    articles, count(target, "quote"), count(target, "claim"), count(target, "event"),
                    count(target, "person"));
            if (to.url().startsWith("jdbc:h2:") && !to.url().startsWith("jdbc:h2:mem:")) {
                // As the benchmark vacuums and analyses PostgreSQL after it grows the archive: H2's statistics for
                // its planner, and its file rewritten without the pages the copy left behind (several times the
                // data, even with the keys built afterwards).
                long compacting = System.nanoTime();
                try (Statement statement = target.createStatement()) {
                    statement.execute("analyze");
                    statement.execute("shutdown compact");
                }
                out.printf(Locale.ROOT, "Analysed and compacted the H2 file in %.1f s%n",
                        (System.nanoTime() - compacting) / 1e9);
            }
        }
    }

    private static List<String> appliedMigrations(Connection connection) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select \"version\" from \"" + MIGRATIONS
                     + "\" where \"success\" and \"version\" is not null order by \"installed_rank\"")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** The target's tables with their columns, each after the tables its foreign keys refer to. */
    private static Map<String, Table> tablesParentsFirst(Connection target) throws SQLException {
        DatabaseMetaData metadata = target.getMetaData();
        String schema = target.getSchema();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (ResultSet tables = metadata.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals(MIGRATIONS)) {
                    parents.put(table, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
            try (ResultSet keys = metadata.getImportedKeys(null, schema, identifier(metadata, table.getKey()))) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table.getKey())) {
                        table.getValue().add(parent);
                    }
                }
            }
        }
        Map<String, Table> ordered = new LinkedHashMap<>();
        while (ordered.size() < parents.size()) {
            int before = ordered.size();
            for (Map.Entry<String, Set<String>> table : parents.entrySet()) {
                if (!ordered.containsKey(table.getKey()) && ordered.keySet().containsAll(table.getValue())) {
                    boolean referenced = parents.values().stream().anyMatch(p -> p.contains(table.getKey()));
                    ordered.put(table.getKey(), primaryKey(metadata, schema, table.getKey(),
                            columns(metadata, schema, table.getKey()), referenced));
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("the foreign keys of the target's tables form a cycle");
            }
        }
        return ordered;
    }

    private static List<Column> columns(DatabaseMetaData metadata, String schema, String table)
            throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = metadata.getColumns(null, schema, identifier(metadata, table), "%")) {
            while (rows.next()) {
                columns.add(new Column(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        rows.getInt("DATA_TYPE")));
            }
        }
        return columns;
    }

    private static Table primaryKey(DatabaseMetaData metadata, String schema, String table, List<Column> columns,
                                    boolean referenced) throws SQLException {
        Map<Integer, String> keyColumns = new TreeMap<>();
        String name = null;
        try (ResultSet rows = metadata.getPrimaryKeys(null, schema, identifier(metadata, table))) {
            while (rows.next()) {
                keyColumns.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                name = rows.getString("PK_NAME").toLowerCase(Locale.ROOT);
            }
        }
        return new Table(columns, name, List.copyOf(keyColumns.values()), referenced);
    }

    /** A lower-case name as the database stores unquoted identifiers (H2 upper-cases them, PostgreSQL not). */
    private static String identifier(DatabaseMetaData metadata, String name) throws SQLException {
        return metadata.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static long copyTable(Connection source, Connection target, String table, Table shape)
            throws SQLException {
        List<Column> columns = shape.columns();
        if (shape.keyedAfterwards()) {
            try (Statement statement = target.createStatement()) {
                statement.execute("alter table " + table + " drop constraint " + shape.primaryKeyName());
            }
        }
        String names = String.join(", ", columns.stream().map(Column::name).toList());
        String marks = String.join(", ", columns.stream().map(column -> "?").toList());
        long copied = 0;
        try (Statement read = source.createStatement();
             PreparedStatement write = target.prepareStatement(
                     "insert into " + table + " (" + names + ") values (" + marks + ")")) {
            // a cursor, not the whole table in memory (PostgreSQL's driver streams only inside a transaction)
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("select " + names + " from " + table)) {
                while (rows.next()) {
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = value(rows, i + 1, columns.get(i).type());
                        if (value == null) {
                            write.setNull(i + 1, columns.get(i).type());
                        } else {
                            write.setObject(i + 1, value);
                        }
                    }
                    write.addBatch();
                    copied++;
                    if (copied % BATCH == 0) {
                        write.executeBatch();
                    }
                    if (copied % COMMIT_EVERY == 0) {
                        target.commit();
                    }
                }
            }
            write.executeBatch();
        }
        if (shape.keyedAfterwards()) {
            try (Statement statement = target.createStatement()) {
                statement.execute("alter table " + table + " add constraint " + shape.primaryKeyName()
                        + " primary key (" + String.join(", ", shape.primaryKey()) + ")");
            }
        }
        return copied;
    }

    /** Dates and instants as java.time values, so that no time zone of either driver's JVM shifts them. */
    private static Object value(ResultSet rows, int column, int type) throws SQLException {
        return switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> rows.getObject(column, OffsetDateTime.class);
            case Types.DATE -> rows.getObject(column, LocalDate.class);
            default -> rows.getObject(column);
        };
    }

    /**
     * Sets each of the target's sequences to hand out next what the source's would, so that the ids the
     * application allocates after the copy continue the source's.
     */
    private static int copySequences(Connection source, Connection target) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = target.createStatement();
             ResultSet sequences = statement.executeQuery("select sequence_name from information_schema.sequences"
                     + " where sequence_schema = current_schema")) {
            while (sequences.next()) {
                names.add(sequences.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        for (String name : names) {
            long next = nextValue(source, name);
            try (Statement statement = target.createStatement()) {
                statement.execute("alter sequence " + name + " restart with " + next);
            }
        }
        return names.size();
    }

    private static long nextValue(Connection source, String sequence) throws SQLException {
        boolean postgres = source.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        String query = postgres
                ? "select coalesce(last_value + increment_by, start_value) from pg_sequences"
                        + " where schemaname = current_schema and sequencename = ?"
                : "select base_value from information_schema.sequences"
                        + " where sequence_schema = current_schema and lower(sequence_name) = ?";
        try (PreparedStatement statement = source.prepareStatement(query)) {
            statement.setString(1, sequence);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("the source has no sequence " + sequence);
                }
                return rows.getLong(1);
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String option(DefaultApplicationArguments arguments, String name, String fallback) {
        List<String> values = arguments.getOptionValues(name);
        if (values == null) {
            if (fallback == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return fallback;
        }
        if (values.size() != 1) {
            throw new IllegalArgumentException("--" + name + " is given once");
        }
        return values.get(0);
    }
}
