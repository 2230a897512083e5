package news.kathan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HindiRomanizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            आलोक मिश्रा          | Alok Mishra
            पवन गुप्ता            | Pavan Gupta
            रमेश अवस्थी          | Ramesh Avasthi
            कल्यानपुर             | Kalyanpur
            नसीमुद्दीन सिद्दीकी     | Nasimuddin Siddiki
            भूधर नारायण मिश्र      | Bhudhar Narayan Mishra
            गौरव त्रिपाठी          | Gaurav Tripathi
            सत्यदेव पचौरी          | Satyadev Pachauri
            संजय सिंह             | Sanjay Singh
            अंबेडकर              | Ambedkar
            मोहम्मद अहमद          | Mohammad Ahmad
            """)
    void writesHindiNamesTheWayTheyAreRead(String devanagari, String latin) {
        assertThat(HindiRomanizer.romanizeName(devanagari)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Siddiqui said, 'हम' | Siddiqui said, 'ham'
            """)
    void leavesOtherScriptsAlone(String mixed, String expected) {
        assertThat(HindiRomanizer.romanize(mixed)).isEqualTo(expected);
    }
}
