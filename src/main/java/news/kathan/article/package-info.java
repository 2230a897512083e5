/** Articles: the cleaned text every answer points into, and where it names people and parties. */
@NullMarked
package news.kathan.article;

import org.jspecify.annotations.NullMarked;
