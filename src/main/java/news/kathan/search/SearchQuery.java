package news.kathan.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.kathan.api.BadRequestException;
import org.jspecify.annotations.Nullable;

/**
 * What a client searches for: the distinct searchable words of the text. The limits keep one request's cost
 * bounded, since every word is a lookup in the index and a column of the ranking.
 *
 * @param words the words, each once (two spellings with one key are one word); empty when the text has only stop
 *              words
 */
public record SearchQuery(List<SearchWords.Word> words) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 10;

    public SearchQuery {
        words = List.copyOf(words);
    }

    /** The argument of Query.search: words are required, and a blank text is the client's mistake. */
    static SearchQuery of(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("query must not be blank");
        }
        SearchQuery query = parse(text, "query");
        if (SearchWords.tokens(text).isEmpty()) {
            throw new BadRequestException("query must contain a word: letters or digits");
        }
        return query;
    }

    /** The text of a filter: the same limits, but a text without words simply matches nothing. */
    static SearchQuery filter(String text) {
        return parse(text, "text");
    }

    private static SearchQuery parse(String text, String argument) {
        if (text.length() > MAX_LENGTH) {
            throw new BadRequestException(argument + " must be at most " + MAX_LENGTH + " characters, got "
                    + text.length());
        }
        List<String> tokens = SearchWords.tokens(text);
        if (tokens.size() > MAX_WORDS) {
            throw new BadRequestException(argument + " must be at most " + MAX_WORDS + " words, got "
                    + tokens.size());
        }
        Map<String, SearchWords.Word> byKey = new LinkedHashMap<>();
        for (String token : tokens) {
            SearchWords.Word word = SearchWords.word(token);
            if (word != null) {
                byKey.putIfAbsent(word.key(), word);
            }
        }
        return new SearchQuery(new ArrayList<>(byKey.values()));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Every term any word is found by. */
    List<String> terms() {
        return words.stream().flatMap(word -> word.terms().stream()).distinct().toList();
    }

    /** The spelling keys only: what a filter, which wants the words as written, matches. */
    List<String> keys() {
        return words.stream().map(SearchWords.Word::key).toList();
    }
}
