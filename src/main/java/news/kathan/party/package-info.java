/** Political parties and the names they go by. */
@NullMarked
package news.kathan.party;

import org.jspecify.annotations.NullMarked;
