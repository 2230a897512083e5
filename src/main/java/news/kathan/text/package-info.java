/**
 * Language-level text handling shared by ingestion and queries: scripts, Hindi romanisation, name keys and
 * sentence breaks, all built on ICU4J.
 */
@NullMarked
package news.kathan.text;

import org.jspecify.annotations.NullMarked;
