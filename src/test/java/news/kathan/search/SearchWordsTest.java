package news.kathan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import news.kathan.api.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchWordsTest {

    private static SearchWords.Word only(String text) {
        var words = SearchWords.of(text);
        assertThat(words).as(text).hasSize(1);
        return words.iterator().next();
    }

    @ParameterizedTest
    @CsvSource({
            "Grassroots, GRASSROOTS",
            "café, CAFE",
            // a nukta and a chandrabindu are how one word is often typed two ways
            "बड़ा, बडा",
            "इस्तीफ़ा, इस्तीफा",
            "माँ, मां",
            // zero-width joiners change how a word looks, not what it is
            "क्‍या, क्या",
            "२०२७, 2027",
            // the same place in both scripts
            "Kanpur, कानपुर"})
    void variantsOfAWordAreOneWord(String one, String other) {
        assertThat(only(one)).isEqualTo(only(other));
    }

    @Test
    void spellingsThatDifferOnlyInVowelsShareTheNameKeyButNotTheSpellingKey() {
        SearchWords.Word latin = only("Jaipur");
        SearchWords.Word devanagari = only("जयपुर");
        assertThat(latin.key()).isNotEqualTo(devanagari.key());
        assertThat(latin.nameKey()).isEqualTo(devanagari.nameKey());
        assertThat(latin.terms()).containsExactly(latin.key(), "~" + latin.nameKey());
    }

    @Test
    void stopWordsAreStopWordsOnlyInTheirOwnScript() {
        assertThat(SearchWords.of("the में of के")).isEmpty();
        // "men" romanises like में, but in English it is a word
        assertThat(SearchWords.of("men")).hasSize(1);
    }

    @Test
    void oneLetterWordsAreNotSearchWordsButNumbersAre() {
        assertThat(SearchWords.of("x y z व 5")).isEmpty();
        assertThat(SearchWords.of("73 supporters")).extracting(SearchWords.Word::key).containsExactly("73", "suporters");
    }

    @Test
    void wordsAreSplitAtPunctuationAndKeptOnceInOrder() {
        assertThat(SearchWords.of("सोनिया-राहुल, Kanpur; kanpur!")).extracting(SearchWords.Word::key)
                .containsExactly(only("सोनिया").key(), only("राहुल").key(), "kanpur");
    }

    @Test
    void aVeryLongWordIsCutToFitTheColumn() {
        assertThat(only("abcdefghij".repeat(30)).key()).hasSize(SearchWords.MAX_KEY_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!! ???"})
    void aQueryWithoutWordsIsABadRequest(String query) {
        assertThatThrownBy(() -> SearchQuery.of(query)).isInstanceOf(BadRequestException.class);
    }

    @Test
    void aQueryHasAtMost200CharactersAnd10Words() {
        assertThat(SearchQuery.of("wx" + " wx".repeat(9)).words()).hasSize(1);
        assertThatThrownBy(() -> SearchQuery.of("wx" + " wx".repeat(10)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("10 words");
        assertThatThrownBy(() -> SearchQuery.of("x".repeat(201)))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("200 characters");
    }

    @Test
    void aQueryKeepsEachWordOnceWhateverItsScriptOrCase() {
        assertThat(SearchQuery.of("Kanpur कानपुर KANPUR resignation").keys()).containsExactly("kanpur", "resignation");
        assertThat(SearchQuery.of("of the").isEmpty()).isTrue();
    }

    @Test
    void everyTermIsSearchedOnce() {
        SearchQuery query = SearchQuery.of("Jaipur जयपुर");
        assertThat(query.words()).hasSize(2);
        assertThat(query.terms()).hasSize(3).doesNotHaveDuplicates();
        assertThat(List.copyOf(query.terms())).contains("~" + only("Jaipur").nameKey());
    }
}
