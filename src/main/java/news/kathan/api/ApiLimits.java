package news.kathan.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one request may ask of the server. Every limit is checked before any resolver runs, and a request over one
 * is refused with {@code LIMIT_EXCEEDED}, the limit's name, its value and what the request asked for.
 *
 * @param maxDepth              nesting of fields, counted from the operation's fields (1); the standard
 *                              introspection query that GraphiQL and code generators send is 13 deep
 * @param maxCost               the request's cost: 1 per field, the fields under each connection's nodes
 *                              multiplied by its page size (first, default {@value Cost#DEFAULT_PAGE}); the
 *                              explorer's dearest view (claims of four kinds of source, 100 each) costs about 8,000
 * @param maxAliases            aliased fields in the document
 * @param maxFields             fields once every fragment is expanded, counted before validation so that a
 *                              fragment bomb is refused before anything walks it
 * @param maxDocumentCharacters the size of the query text
 * @param maxTokens             grammar tokens, enforced by graphql-java's parser
 * @param maxArgumentCharacters the length of any text argument of a query (a name, a text filter, a cursor);
 *                              mutations' inputs have their own sizes (an article body up to 1,000,000)
 * @param maxBody               the size of a request body; an 8 MB body fits a 1,000,000-character article
 *                              in Devanagari escaped as JSON
 * @param timeout               a request still running after this is cancelled, with its SQL statement
 */
@ConfigurationProperties("kathan.api")
public record ApiLimits(
        @DefaultValue("15") int maxDepth,
        @DefaultValue("20000") int maxCost,
        @DefaultValue("30") int maxAliases,
        @DefaultValue("2000") int maxFields,
        @DefaultValue("20000") int maxDocumentCharacters,
        @DefaultValue("5000") int maxTokens,
        @DefaultValue("1000") int maxArgumentCharacters,
        @DefaultValue("8MB") DataSize maxBody,
        @DefaultValue("10s") Duration timeout) {

    /** The cost model's constants, shared by the cost check and its documentation. */
    public static final class Cost {
        /** The page size of a connection asked for without first. */
        public static final int DEFAULT_PAGE = 20;
        private Cost() {
        }
    }
}
