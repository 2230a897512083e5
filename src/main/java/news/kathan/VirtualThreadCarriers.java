package news.kathan;

import java.util.Properties;

/**
 * How many platform threads carry the virtual threads requests run on. The JDK's default is one per CPU. On two
 * CPUs with H2, which runs in the JVM, that starved requests: under a load of 8 connections the quotes operation
 * served 642 requests/s with a p50 of 4 ms and a p99 of 6 s (some requests waited seconds for a carrier while others
 * went through; JFR showed no pinned threads and no long parks, so why two carriers starve is not pinned down);
 * with four carriers the same load served 664 requests/s at 2.9 ms of CPU each and a p99 of 61 ms
 * (docs/benchmarks.md). So the floor is four carriers, or one per CPU where there are more, unless the operator
 * sets {@value #PARALLELISM} on the command line.
 */
final class VirtualThreadCarriers {

    static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";
    static final int AT_LEAST = 4;

    private VirtualThreadCarriers() {
    }

    /** Must run before the first virtual thread starts: the JDK reads the setting once, when it builds its scheduler. */
    static void configure(Properties system, int cpus) {
        if (system.getProperty(PARALLELISM) == null) {
            system.setProperty(PARALLELISM, Integer.toString(Math.max(AT_LEAST, cpus)));
        }
    }
}
