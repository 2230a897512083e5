/**
 * A synthetic archive for benchmarks: invented people and outlets, and articles about them in both languages,
 * ingested through the normal pipeline by the {@code generate} command.
 */
@NullMarked
package news.kathan.synthetic;

import org.jspecify.annotations.NullMarked;
