/** Newspapers, broadcasters and news agencies that publish or carry articles. */
@NullMarked
package news.kathan.outlet;

import org.jspecify.annotations.NullMarked;
