/** Claims: assertions attributed to named, institutional or anonymous sources. */
@NullMarked
package news.kathan.claim;

import org.jspecify.annotations.NullMarked;
