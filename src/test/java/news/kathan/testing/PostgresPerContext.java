package news.kathan.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs every Spring test context against the real PostgreSQL server when the suite is started with
 * {@code -Dkathan.test.postgres=true} (the {@code postgres} Maven profile, which .ci/run uses). Each context gets
 * a schema of its own, created by Flyway from the same migrations and dropped when the test JVM exits, so that
 * contexts never see each other's fixture data and runs leave nothing behind.
 *
 * <p>Connection settings come from KATHAN_DB_URL, KATHAN_DB_USER and KATHAN_DB_PASSWORD, defaulting to the
 * local server (127.0.0.1:5432, database test, user postgres).
 */
public class PostgresPerContext implements ContextCustomizerFactory {

    static final boolean ENABLED = Boolean.getBoolean("kathan.test.postgres");
    static final String URL = env("KATHAN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = env("KATHAN_DB_USER", "postgres");
    static final String PASSWORD = env("KATHAN_DB_PASSWORD", "");
    private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

    static {
        if (ENABLED) {
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresPerContext::dropSchemas));
        }
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return ENABLED ? new SchemaPerContext() : null;
    }

    /** Whether this run's tests use the real PostgreSQL server rather than H2. */
    public static boolean enabled() {
        return ENABLED;
    }

    /**
     * A schema of the PostgreSQL server for a test that opens its own connections (a command run as the jar runs
     * it), with the URL that makes it the current schema; Flyway creates it, and it is dropped when the JVM exits.
     */
    public record Schema(String name, String url, String user, String password) {

        public static Schema create() {
            String name = "kathan_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            SCHEMAS.add(name);
            String separator = URL.contains("?") ? "&" : "?";
            return new Schema(name, URL + separator + "currentSchema=" + name, USER, PASSWORD);
        }
    }

    private static final class SchemaPerContext implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Schema schema = Schema.create();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-test", Map.of(
                    "spring.datasource.url", schema.url(),
                    "spring.datasource.username", USER,
                    "spring.datasource.password", PASSWORD,
                    "spring.flyway.schemas", schema.name(),
                    "spring.flyway.create-schemas", "true",
                    // slice tests (@DataJpaTest) would otherwise swap in an embedded database
                    "spring.test.database.replace", "none")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SchemaPerContext;
        }

        @Override
        public int hashCode() {
            return SchemaPerContext.class.hashCode();
        }
    }

    private static void dropSchemas() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test schemas " + SCHEMAS + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
