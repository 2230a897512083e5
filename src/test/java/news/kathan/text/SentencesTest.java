package news.kathan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void hindiSentencesEndAtTheDanda() {
        assertThat(split("मैं कभी नाराज नहीं था। मैंने ऐसा कभी नहीं कहा। मुझे काम चाहिए।"))
                .containsExactly("मैं कभी नाराज नहीं था।", "मैंने ऐसा कभी नहीं कहा।", "मुझे काम चाहिए।");
    }

    @Test
    void abbreviationsDoNotEndSentencesInEitherScript() {
        assertThat(split("डॉ. राजेश वर्मा ने कहा कि वह आएंगे। Dr. Verma met him on Jan. 24 in Lucknow. He left."))
                .containsExactly("डॉ. राजेश वर्मा ने कहा कि वह आएंगे।", "Dr. Verma met him on Jan. 24 in Lucknow.",
                        "He left.");
    }

    @Test
    void aLineBreakEndsASentence() {
        assertThat(split("A heading without a stop\nThe paragraph follows.")).hasSize(2);
    }

    @Test
    void aPluralAbbreviationEndsASentence() {
        assertThat(split("It included two dozen former MLAs. The mass resignation followed."))
                .containsExactly("It included two dozen former MLAs.", "The mass resignation followed.");
    }

    @Test
    void initialsDoNotEndASentence() {
        assertThat(split("SP district president R.K. Tiwari said he was sure. Then V. N. Kushwaha left."))
                .containsExactly("SP district president R.K. Tiwari said he was sure.", "Then V. N. Kushwaha left.");
    }
}
