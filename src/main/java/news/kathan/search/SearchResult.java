package news.kathan.search;

import news.kathan.api.Cursor;

/**
 * The SearchResult type of the schema: a record search found, and how well it matched.
 *
 * @param record       the Article, Quote or Claim (the SearchRecord union resolves it by class name)
 * @param matchedTerms how many of the query's words the record contains
 * @param score        matchedTerms, plus a fraction below 1 that grows with where the words stand and how exactly
 *                     they matched, so that a higher score always ranks higher
 */
public record SearchResult(Object record, int matchedTerms, double score, Cursor cursor) {

    static SearchResult of(SearchIndex.Hit hit, Object record, SearchQuery query) {
        // a word matches at most two rows (spelling key and name key), each weighing at most a title's 3
        double heaviest = 2.0 * SearchIndex.TITLE * query.words().size();
        return new SearchResult(record, hit.matched(), hit.matched() + hit.weight() / (heaviest + 1), hit.cursor());
    }
}
