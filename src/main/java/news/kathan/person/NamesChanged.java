package news.kathan.person;

/**
 * Published when a write adds, moves or removes names of people or parties outside ingestion (an editor's alias,
 * a merge, a person entered by hand), so that whatever caches names reloads them once the write commits.
 */
public record NamesChanged() {
}
