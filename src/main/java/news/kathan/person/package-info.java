/** People in the news: their names in any script or spelling, and the parties they belong to. */
@NullMarked
package news.kathan.person;

import org.jspecify.annotations.NullMarked;
