package news.kathan.synthetic;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import news.kathan.ingest.ReferenceLists;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line for a synthetic archive, for benchmarks:
 * {@code java -jar kathan.jar generate [--articles=100000] [--seed=1] [--threads=<CPUs>]}, with the database
 * options of the service ({@code --spring.profiles.active=postgres}, {@code --spring.datasource.url=...}).
 *
 * <p>It writes articles in the seed format about invented people (Latin and Devanagari names, spelling variants
 * as aliases, a few of them in the news far more than the rest), 60% in English and 40% in Hindi, each with
 * quotes, claims of named and anonymous sources and dated events, and ingests them through the normal pipeline,
 * one transaction per article, so the rows are those any partner's article would produce. Article i depends only
 * on the seed and i, and a run adds only the articles of its seed the archive lacks: {@code --articles=10000}
 * on an archive of the first 1,000 writes the other 9,000. It prints its progress, its rate (articles per
 * second) and what the archive holds. The application starts without its web server and without the seed
 * articles; the reference lists are loaded as at every start.
 */
public final class GenerateCommand {

    public static final String NAME = "generate";

    static final String USAGE = """
            Usage:
              generate [--articles=<how many, default 100000>] [--seed=<default 1>] [--threads=<default: CPUs>]
            Grows the synthetic archive of the seed to that many articles, adding only the ones it lacks.
              generate --print=<how many> [--from=<first article, default 0>] [--seed=<default 1>]
            Prints those articles of the seed as one JSON array of texts, and writes nothing.
            Options for the database, as for the service: --spring.profiles.active=postgres, --spring.datasource.url=...
            """;

    private GenerateCommand() {
    }

    /** Runs the command and returns the process's exit code: 0 done, 1 some articles failed, 2 not understood. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        var arguments = new DefaultApplicationArguments(args);
        Options options;
        try {
            if (arguments.getNonOptionArgs().size() > 1) {
                throw new IllegalArgumentException("unexpected " + arguments.getNonOptionArgs().subList(1,
                        arguments.getNonOptionArgs().size()));
            }
            if (arguments.containsOption("print")) {
                return print(arguments, out);
            }
            options = new Options(number(arguments, "articles", 100_000), number(arguments, "seed", 1),
                    number(arguments, "threads", Runtime.getRuntime().availableProcessors()));
            if (options.articles() < 1 || options.articles() > 10_000_000 || options.threads() < 1
                    || options.threads() > 256) {
                throw new IllegalArgumentException("--articles is 1 to 10,000,000 and --threads 1 to 256");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("kathan.seeds.articles=false", "kathan.search.backfill=false",
                        "spring.main.banner-mode=off", "logging.level.root=WARN",
                        // an ingestion that loses a race logs the constraint it hit, then is retried; an article
                        // that fails for good is reported by the generator itself
                        "logging.level.org.hibernate.orm.jdbc.error=ERROR",
                        // every thread holds a connection for its article's transaction
                        "spring.datasource.hikari.maximum-pool-size=" + Math.max(10, options.threads() + 2))
                .run(args)) {
            SyntheticArchive.Report report = context.getBean(SyntheticArchive.class)
                    .generate((int) options.articles(), options.seed(), (int) options.threads(), out);
            return report.failed() > 0 ? 1 : 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted");
            return 1;
        }
    }

    private record Options(long articles, long seed, long threads) {
    }

    /**
     * The texts of articles of a seed, for a benchmark that sends them through partners' ingestArticle: no
     * database and no Spring, only the reference lists the cast takes its parties from.
     */
    private static int print(DefaultApplicationArguments arguments, PrintStream out) {
        long count = number(arguments, "print", 0);
        long from = number(arguments, "from", 0);
        if (count < 1 || count > 100_000 || from < 0 || from + count > 10_000_000) {
            throw new IllegalArgumentException("--print is 1 to 100,000 and --from 0 to 10,000,000");
        }
        int last = (int) (from + count);
        long seed = number(arguments, "seed", 1);
        Cast cast = Cast.invent(seed, SyntheticArticles.population(last),
                ReferenceLists.read(new ClassPathResource("seeds/reference/")));
        SyntheticArticles writer = new SyntheticArticles(seed, cast);
        List<String> texts = new ArrayList<>();
        for (int i = (int) from; i < last; i++) {
            texts.add(writer.write(i).text());
        }
        out.println(JsonMapper.builder().build().writeValueAsString(texts));
        return 0;
    }

    private static long number(DefaultApplicationArguments arguments, String name, long fallback) {
        List<String> values = arguments.getOptionValues(name);
        if (values == null) {
            return fallback;
        }
        if (values.size() != 1) {
            throw new IllegalArgumentException("--" + name + " is given once, with a number");
        }
        try {
            return Long.parseLong(values.get(0).replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " is a number, not '" + values.get(0) + "'");
        }
    }
}
