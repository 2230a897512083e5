/**
 * Finds articles, quotes and claims by their words, in Hindi and English: the word index (search_term), kept in
 * step with every write, and the ranked search over it.
 */
@NullMarked
package news.kathan.search;

import org.jspecify.annotations.NullMarked;
