/** Dated events (resignations, rallies, elections...) and the articles that mention them. */
@NullMarked
package news.kathan.event;

import org.jspecify.annotations.NullMarked;
