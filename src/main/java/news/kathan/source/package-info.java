/**
 * Sources of quotes and claims: the union of people, outlets, parties and anonymous sources, how a name or id
 * given by a client is resolved to them, and how they are loaded in batches for GraphQL.
 */
@NullMarked
package news.kathan.source;

import org.jspecify.annotations.NullMarked;
