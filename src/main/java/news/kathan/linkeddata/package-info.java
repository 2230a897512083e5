/**
 * Articles, quotes and claims as schema.org JSON-LD at stable URLs, for partners' CMSs and search engines that do
 * not speak GraphQL.
 */
@NullMarked
package news.kathan.linkeddata;

import org.jspecify.annotations.NullMarked;
