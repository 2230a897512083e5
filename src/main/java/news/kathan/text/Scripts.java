package news.kathan.text;

import com.ibm.icu.lang.UScript;

/** Which writing system a text is in, by counting letters with ICU's script property. */
public final class Scripts {

    /** Language code for text mostly in Devanagari. */
    public static final String HINDI = "hi";
    /** Language code for text mostly in Latin script. */
    public static final String ENGLISH = "en";

    private Scripts() {
    }

    /** "hi" when Devanagari letters outnumber Latin ones, else "en" (also for text with no letters). */
    public static String language(CharSequence text) {
        int devanagari = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                    && Character.getType(cp) != Character.COMBINING_SPACING_MARK) {
                continue;
            }
            switch (UScript.getScript(cp)) {
                case UScript.DEVANAGARI -> devanagari++;
                case UScript.LATIN -> latin++;
                default -> { }
            }
        }
        return devanagari > latin ? HINDI : ENGLISH;
    }

    /** True when the text contains at least one Devanagari character. */
    public static boolean hasDevanagari(CharSequence text) {
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (UScript.getScript(cp) == UScript.DEVANAGARI) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
