package news.kathan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Naseemuddin Siddiqui | नसीमुद्दीन सिद्दीकी
            Nasimuddin Siddiqui  | नसीमुद्दीन सिद्दीकी
            Naseemuddin Siddique | Nasimuddin Siddiqui
            NASEEMUDDIN siddiqui | Naseemuddin Siddiqui
            Mallikarjun Kharge   | मल्लिकार्जुन खड़गे
            Kharge ji            | खड़गे
            Priyanka Gandhi      | प्रियंका गांधी
            Chandrashekhar Aazad | चंद्रशेखर आजाद
            Chandrashekhar Azad  | चंद्रशेखर आज़ाद
            Mayawati             | मायावती
            Alok Mishra          | आलोक मिश्रा
            Pawan Gupta          | पवन गुप्ता
            Ramesh Awasthi       | रमेश अवस्थी
            Satyadev Pachauri    | सत्यदेव पचौरी
            Sriprakash Jaiswal   | श्रीप्रकाश जायसवाल
            Imran Pratapgarhi    | इमरान प्रतापगढ़ी
            Avinash Pandey       | अविनाश पांडेय
            R.K. Tiwari          | आर.के. तिवारी
            R K Tiwari           | RK Tiwari
            Dr. Rajesh Verma     | डॉ. राजेश वर्मा
            Shri Ajay Rai        | अजय राय
            Akhilesh Yadav       | अखिलेश यादव
            """)
    void spellingsOfOneNameShareAKey(String one, String other) {
        assertThat(NameKeys.of(one)).isNotEmpty().isEqualTo(NameKeys.of(other));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Rahul Gandhi     | Sonia Gandhi
            Alok Mishra      | Alok Sharma
            Pawan Gupta      | Pawan Kumar
            Ramesh Awasthi   | Vikas Awasthi
            Mayawati         | Mamata
            """)
    void differentNamesKeepDifferentKeys(String one, String other) {
        assertThat(NameKeys.of(one)).isNotEqualTo(NameKeys.of(other));
    }

    @Test
    void anHonorificAloneIsStillAName() {
        assertThat(NameKeys.of("Ji")).isEqualTo("ji");
    }

    @Test
    void textWithoutLettersHasAnEmptyKey() {
        assertThat(NameKeys.of(" .,- ")).isEmpty();
    }

    @Test
    void honorificsAreKnownByTheirSpellingNotByTheirConsonants() {
        for (String honorific : new String[] {"ji", "Jee", "Shri", "श्री", "Dr.", "डॉ.", "Mr", "Mrs.", "Smt", "Prof."}) {
            assertThat(NameKeys.isHonorific(honorific)).as(honorific).isTrue();
        }
        // Surnames whose consonants are those of an honorific are names.
        for (String name : new String[] {"Mara", "Marar", "Mamarasa", "Jai", "Doré", "Prafull", "Sahu"}) {
            assertThat(NameKeys.isHonorific(name)).as(name).isFalse();
        }
    }
}
