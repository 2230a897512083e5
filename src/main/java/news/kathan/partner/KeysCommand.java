package news.kathan.partner;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line for API keys: {@code java -jar kathan.jar keys create|revoke|list ...}. It starts the
 * application without its web server against the configured database (the same {@code --spring.*} options and
 * profiles as the service), loads the reference lists so that outlets are known, acts, and exits.
 */
public final class KeysCommand {

    public static final String NAME = "keys";

    static final String USAGE = """
            Usage:
              keys create --name=<key name> --outlet=<outlet name> [--role=PARTNER|EDITOR] [--create-outlet]
              keys revoke <key name or prefix>
              keys list
            Options for the database, as for the service: --spring.profiles.active=postgres, --spring.datasource.url=...
            """;

    private KeysCommand() {
    }

    /** Runs the command and returns the process's exit code: 0 done, 1 refused, 2 not understood. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        var arguments = new DefaultApplicationArguments(args);
        List<String> words = arguments.getNonOptionArgs();
        String action = words.size() > 1 ? words.get(1) : "";
        if (!List.of("create", "revoke", "list").contains(action)) {
            err.print(USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("kathan.seeds.articles=false", "kathan.search.backfill=false",
                        "spring.main.banner-mode=off", "logging.level.root=WARN")
                .run(args)) {
            ApiKeys keys = context.getBean(ApiKeys.class);
            switch (action) {
                case "create" -> {
                    String name = option(arguments, "name");
                    String outlet = option(arguments, "outlet");
                    String role = arguments.containsOption("role") ? option(arguments, "role") : "PARTNER";
                    if (name == null || outlet == null || role == null) {
                        err.print(USAGE);
                        return 2;
                    }
                    ApiKeys.Created created = keys.create(name, outlet, role(role),
                            arguments.containsOption("create-outlet"));
                    out.println("Created " + created.role() + " key '" + created.name() + "' for "
                            + created.outlet() + " (prefix " + created.prefix() + ").");
                    out.println("The key, shown only this once; send it as Authorization: Bearer <key>:");
                    out.println(created.key());
                }
                case "revoke" -> {
                    String which = words.size() > 2 ? words.get(2) : option(arguments, "name");
                    if (which == null) {
                        err.print(USAGE);
                        return 2;
                    }
                    if (!keys.revoke(which)) {
                        err.println("No key is named or prefixed '" + which + "'");
                        return 1;
                    }
                    out.println("Revoked '" + which + "': requests with it are now UNAUTHORIZED.");
                }
                default -> {
                    out.println("name\tprefix\toutlet\trole\tcreated\trevoked");
                    for (ApiKeys.Listed key : keys.list()) {
                        out.println(String.join("\t", key.name(), key.prefix(), key.outlet(), key.role().name(),
                                key.createdAt(), key.revokedAt()));
                    }
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static Role role(String value) {
        try {
            return Role.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A role is PARTNER or EDITOR, not '" + value + "'");
        }
    }

    private static String option(DefaultApplicationArguments arguments, String name) {
        List<String> values = arguments.getOptionValues(name);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }
}
