/**
 * Ingestion: raw article text in, one transaction out that stores the article with everything extracted from
 * it. Reading and extraction are pure (subpackages {@code read} and {@code extract}); this package resolves what
 * they found against the database and writes it.
 */
@NullMarked
package news.kathan.ingest;

import org.jspecify.annotations.NullMarked;
