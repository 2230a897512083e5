/** Direct quotes: words printed as a speaker's own, with the span they are printed at. */
@NullMarked
package news.kathan.quote;

import org.jspecify.annotations.NullMarked;
