/**
 * Partner newsrooms: API keys bound to an outlet and a role, who may write what, write rate limits, and the
 * mutations partners and editors use to push articles and correct what the machine got wrong.
 */
@NullMarked
package news.kathan.partner;

import org.jspecify.annotations.NullMarked;
