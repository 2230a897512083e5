/**
 * What every part of the GraphQL API shares: global node ids, scalars, Relay pagination, error mapping, and the
 * offline GraphiQL playground.
 */
@NullMarked
package news.kathan.api;

import org.jspecify.annotations.NullMarked;
