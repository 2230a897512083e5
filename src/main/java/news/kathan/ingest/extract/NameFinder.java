package news.kathan.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.kathan.text.NameKeys;
import news.kathan.text.Scripts;

/**
 * Finds where an article names people, parties and outlets.
 *
 * <ol>
 *   <li>Known names from the {@link Directory}, matched word by word on name keys, so any script or spelling
 *       matches. In Latin script a name must be capitalised, and an all-capitals abbreviation (SP, TSG) must be
 *       printed in capitals.</li>
 *   <li>Typos: a one-letter variant of a known person's full name counts as that person only with evidence, that
 *       is when the article also prints the full name correctly and no other known person is that close.</li>
 *   <li>New people, by their place in the sentence: Hindi names before ने or बोले and after a role ("पूर्व
 *       विधायक X को"), English capitalised names after a role ("Congress leader X") or before a reporting verb.
 *       A new name needs at least two words, since one word alone is too often not a name.</li>
 *   <li>Partial names: a first name or surname alone refers to the person named in full most recently before it
 *       ("Verma said", "सुनीता ने कहा").</li>
 * </ol>
 */
final class NameFinder {


    private final Directory directory;

    NameFinder(Directory directory) {
        this.directory = directory;
    }

    ArticleNames find(String body, Words words) {
        boolean[] taken = new boolean[words.size()];
        List<NameMention> mentions = new ArrayList<>();
        // Full names first, then their typos, and only then single-word aliases ("Sudhir"), so that a
        // misspelt full name ("सुधीर यादत") is not broken up by its first name.
        findKnown(words, taken, mentions, 2);
        findTypos(words, taken, mentions);
        findKnown(words, taken, mentions, 1);
        Map<Long, String> newPeople = new LinkedHashMap<>();
        findNewPeople(body, words, taken, mentions, newPeople);
        mergeInitials(body, mentions, newPeople);
        findPartialNames(body, words, taken, mentions, newPeople);
        mentions.sort(Comparator.comparingInt(NameMention::start));
        return new ArticleNames(List.copyOf(mentions), Map.copyOf(newPeople));
    }

    private void findKnown(Words words, boolean[] taken, List<NameMention> mentions, int minWords) {
        for (int i = 0; i < words.size(); ) {
            int at = i;
            Directory.Match match = taken[i] ? null : directory.matchesAt(words, i).stream()
                    .filter(m -> m.words() >= minWords && printedAsAName(words, at, m)
                            && !anyTaken(taken, at, m.words())
                            && (m.words() > 1 || sameWord(words.get(at).text(), m.alias())))
                    .findFirst().orElse(null);
            if (match == null) {
                i++;
                continue;
            }
            int last = i + match.words() - 1;
            mentions.add(new NameMention(match.known().kind(), match.known().id(), words.get(i).start(),
                    words.get(last).end(), "NAME"));
            for (int k = i; k <= last; k++) {
                taken[k] = true;
            }
            i = last + 1;
        }
    }

    /** One word matches a one-word name only when it is spelt the same, vowels and all (see strictWordKey). */
    static boolean sameWord(String printed, String name) {
        return NameKeys.strictWordKey(printed).equals(NameKeys.strictWordKey(name));
    }

    /**
     * Whether the words at i are printed the way a name is: in Latin script a name is capitalised, and an
     * abbreviation (BJP, SP, TSG) is printed in capitals in Latin script. Hindi spells abbreviations out (बीजेपी),
     * so a Latin abbreviation's key never matches Devanagari words ("AAP" is not "आप", the word for "you").
     */
    private static boolean printedAsAName(Words words, int i, Directory.Match match) {
        Words.Word first = words.get(i);
        boolean abbreviation = !Scripts.hasDevanagari(match.alias()) && match.words() == 1
                && match.alias().equals(match.alias().toUpperCase(Locale.ROOT))
                && match.alias().replaceAll("[^\\p{L}]", "").length() <= 5;
        if (Scripts.hasDevanagari(first.text())) {
            return !abbreviation;
        }
        if (!Character.isUpperCase(first.text().codePointAt(0))) {
            return false;
        }
        return !abbreviation || first.text().equals(first.text().toUpperCase(Locale.ROOT));
    }

    private void findTypos(Words words, boolean[] taken, List<NameMention> mentions) {
        List<Known> fullyNamed = mentions.stream()
                .filter(m -> m.isPerson() && m.how().equals("NAME"))
                .map(m -> directory.get(EntityKind.PERSON, m.id()).orElseThrow())
                .distinct().toList();
        for (Known person : fullyNamed) {
            for (String alias : person.names()) {
                List<String> keys = Words.of(alias).all().stream().map(Words.Word::text).toList();
                if (keys.size() < 2) {
                    continue;
                }
                for (int i = 0; i + keys.size() <= words.size(); i++) {
                    if (anyTaken(taken, i, keys.size()) || !adjacentRun(words, i, keys.size())
                            || distance(words, i, keys) != 1 || closerCandidateExists(words, i, keys.size(), person)) {
                        continue;
                    }
                    int last = i + keys.size() - 1;
                    mentions.add(new NameMention(EntityKind.PERSON, person.id(), words.get(i).start(),
                            words.get(last).end(), "TYPO"));
                    for (int k = i; k <= last; k++) {
                        taken[k] = true;
                    }
                }
            }
        }
    }

    /** Whether someone other than the given person has a name within one letter of the words at i. */
    private boolean closerCandidateExists(Words words, int i, int length, Known person) {
        for (Known other : directory.all(EntityKind.PERSON)) {
            if (other.id() == person.id()) {
                continue;
            }
            for (String alias : other.names()) {
                List<String> keys = Words.of(alias).all().stream().map(Words.Word::text).toList();
                if (keys.size() == length && distance(words, i, keys) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Total edit distance between the words at i and a name's words: equal keys cost nothing, otherwise the
     * spellings are compared, and a word shorter than four letters must not differ at all.
     */
    private static int distance(Words words, int i, List<String> aliasWords) {
        // Spelling a word out (romanising Devanagari) is dear, and this runs at every position of the article:
        // unless exactly one word's key differs, the distance is 0 (none differs) or over 1 (each that differs
        // costs at least one edit), and no word needs spelling.
        int differing = 0;
        for (int k = 0; k < aliasWords.size() && differing < 2; k++) {
            if (!words.get(i + k).key().equals(Words.key(aliasWords.get(k)))) {
                differing++;
            }
        }
        if (differing != 1) {
            return differing == 0 ? 0 : 2;
        }
        int total = 0;
        for (int k = 0; k < aliasWords.size(); k++) {
            Words.Word printed = words.get(i + k);
            String expected = aliasWords.get(k);
            if (printed.key().equals(Words.key(expected))) {
                continue;
            }
            String a = NameKeys.spelling(printed.text());
            String b = NameKeys.spelling(expected);
            if (Math.min(a.length(), b.length()) < 4) {
                return Integer.MAX_VALUE;
            }
            total += editDistance(a, b);
            if (total > 1) {
                return total;
            }
        }
        return total;
    }

    static int editDistance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return 2;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private void findNewPeople(String body, Words words, boolean[] taken, List<NameMention> mentions,
                               Map<Long, String> newPeople) {
        Map<String, Long> idsByKey = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            Words.Word word = words.get(i);
            int[] name = null;
            if (Scripts.hasDevanagari(word.text())) {
                if (!taken[i] && (word.text().equals("ने") || word.text().startsWith("बोल"))) {
                    name = hindiNameBefore(words, taken, i);
                } else if (!taken[i] && Lexicon.isRoleHi(word.text())) {
                    name = hindiNameAfter(words, taken, i);
                }
            } else if (Character.isUpperCase(word.text().codePointAt(0)) && !taken[i]) {
                name = englishNameAt(body, words, taken, i);
            }
            if (name == null) {
                continue;
            }
            int start = words.get(name[0]).start();
            int end = words.get(name[1]).end();
            String printed = body.substring(start, end);
            long id = idsByKey.computeIfAbsent(NameKeys.of(printed), k -> -(long) (idsByKey.size() + 1));
            newPeople.putIfAbsent(id, printed);
            mentions.add(new NameMention(EntityKind.PERSON, id, start, end, "PATTERN"));
            for (int k = name[0]; k <= name[1]; k++) {
                taken[k] = true;
            }
            if (!Scripts.hasDevanagari(word.text())) {
                i = name[1];
            }
        }
    }

    /** Up to three name words right before word i (ने, बोले), going back until a function word. */
    private static int[] hindiNameBefore(Words words, boolean[] taken, int i) {
        int first = i;
        for (int k = i - 1; k >= 0 && i - k <= 3; k--) {
            if (!nameWordHi(words, taken, k) || !Directory.adjacent(words, k, k + 1)) {
                break;
            }
            first = k;
        }
        return i - first >= 2 ? new int[] {first, i - 1} : null;
    }

    /** Two or three name words right after a role word, ending where a function word or punctuation follows. */
    private static int[] hindiNameAfter(Words words, boolean[] taken, int role) {
        int last = role;
        for (int k = role + 1; k < words.size() && k - role <= 3; k++) {
            if (!nameWordHi(words, taken, k) || !Directory.adjacent(words, k - 1, k)) {
                break;
            }
            last = k;
        }
        if (last - role < 2) {
            return null;
        }
        boolean endsCleanly = last + 1 >= words.size() || !nameWordHi(words, taken, last + 1)
                || !Directory.adjacent(words, last, last + 1);
        return endsCleanly ? new int[] {role + 1, last} : null;
    }

    private static boolean nameWordHi(Words words, boolean[] taken, int k) {
        Words.Word w = words.get(k);
        return !taken[k] && Scripts.hasDevanagari(w.text()) && !Lexicon.HINDI_FUNCTION_WORDS.contains(w.text())
                && !Lexicon.isRoleHi(w.text()) && !Lexicon.REPORTING_HI.contains(w.text()) && w.text().length() > 1
                && !NameKeys.isHonorific(w.text());
    }

    /** Two to four capitalised words at i, after a role word or before a reporting verb. */
    private static int[] englishNameAt(String body, Words words, boolean[] taken, int i) {
        if (!capitalisedName(words, taken, i)) {
            return null;
        }
        int last = i;
        while (last + 1 < words.size() && last - i < 3 && capitalisedName(words, taken, last + 1)
                && Directory.adjacent(words, last, last + 1)) {
            last++;
        }
        if (last == i) {
            return null;
        }
        int before = i - 1;
        while (before >= 0 && NameKeys.isHonorific(words.get(before).text())) {
            before--; // "district president Dr. Rajnikant Bajpai": the role is before the honorific
        }
        boolean afterRole = before >= 0 && Lexicon.ROLES_EN.contains(words.get(before).text().toLowerCase(Locale.ROOT));
        boolean afterAccordingTo = i >= 2 && words.get(i - 2).text().equalsIgnoreCase("according")
                && words.get(i - 1).text().equalsIgnoreCase("to");
        String after = body.substring(words.get(last).end(), Math.min(body.length(), words.get(last).end() + 40))
                .toLowerCase(Locale.ROOT);
        boolean beforeVerb = after.matches("(?s)^,?\\s+(?:" + Lexicon.REPORTING_EN_PATTERN + ")\\b.*");
        return afterRole || beforeVerb || afterAccordingTo ? new int[] {i, last} : null;
    }

    private static boolean capitalisedName(Words words, boolean[] taken, int k) {
        Words.Word w = words.get(k);
        String lower = w.text().toLowerCase(Locale.ROOT);
        boolean abbreviation = w.text().equals(w.text().toUpperCase(Locale.ROOT)) && !isInitials(w);
        return !taken[k] && !Scripts.hasDevanagari(w.text()) && Character.isUpperCase(w.text().codePointAt(0))
                && !abbreviation && !Lexicon.CAPITALISED_NON_NAMES.contains(lower) && !Lexicon.ROLES_EN.contains(lower)
                && !NameKeys.isHonorific(w.text());
    }

    /**
     * "R.K", "R. K", "RK", or one letter of "G K Mehrotra": initials are dotted capitals, or two capitals at most
     * ("MLC" is not initials).
     */
    private static boolean isInitials(Words.Word w) {
        return w.text().matches("\\p{Lu}(?:\\.\\s*\\p{Lu}){0,2}\\.?") || w.text().matches("\\p{Lu}{2}");
    }

    /**
     * A new name made of initials and a surname ("V.N. Kushwaha") is the person the article names in full with
     * that surname and those initials ("Vishwambhar Nath Kushwaha"), when there is exactly one such person.
     */
    private void mergeInitials(String body, List<NameMention> mentions, Map<Long, String> newPeople) {
        Map<Long, List<String>> fullNames = new LinkedHashMap<>();
        for (NameMention m : mentions) {
            if (m.isPerson()) {
                fullNames.computeIfAbsent(m.id(), id -> new ArrayList<>()).add(body.substring(m.start(), m.end()));
                if (m.id() > 0) {
                    directory.get(EntityKind.PERSON, m.id()).ifPresent(k -> fullNames.get(m.id()).addAll(k.names()));
                }
            }
        }
        for (Map.Entry<Long, String> fresh : List.copyOf(newPeople.entrySet())) {
            // Initials, printed as one word ("V.N.") or one per letter ("V N"), then the surname.
            List<Words.Word> parts = Words.of(fresh.getValue()).all();
            int surnameAt = parts.size() - 1;
            if (surnameAt < 1 || !parts.subList(0, surnameAt).stream().allMatch(NameFinder::isInitials)) {
                continue;
            }
            String initials = parts.subList(0, surnameAt).stream().map(Words.Word::text)
                    .reduce("", String::concat).replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            String surname = NameKeys.strictWordKey(parts.get(surnameAt).text());
            List<Long> matches = fullNames.entrySet().stream()
                    .filter(e -> e.getKey() != fresh.getKey().longValue())
                    .filter(e -> e.getValue().stream().anyMatch(name -> initialsOf(name, initials, surname)))
                    .map(Map.Entry::getKey).toList();
            if (matches.size() == 1) {
                long into = matches.get(0);
                newPeople.remove(fresh.getKey());
                mentions.replaceAll(m -> m.id() == fresh.getKey()
                        ? new NameMention(m.kind(), into, m.start(), m.end(), "INITIALS") : m);
            }
        }
    }

    /** Whether a full name has the given initials for its first words and the given surname last. */
    private static boolean initialsOf(String name, String initials, String surname) {
        List<Words.Word> words = Words.of(name).all();
        if (words.size() != initials.length() + 1 || !NameKeys.strictWordKey(words.get(words.size() - 1).text()).equals(surname)) {
            return false;
        }
        for (int i = 0; i < initials.length(); i++) {
            String spelled = NameKeys.spelling(words.get(i).text());
            if (spelled.isEmpty() || spelled.charAt(0) != initials.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void findPartialNames(String body, Words words, boolean[] taken, List<NameMention> mentions,
                                  Map<Long, String> newPeople) {
        List<NameMention> full = mentions.stream()
                .filter(m -> m.isPerson() && !m.how().equals("PARTIAL"))
                .sorted(Comparator.comparingInt(NameMention::start))
                .toList();
        if (full.isEmpty()) {
            return;
        }
        Map<Long, Set<String>> partsById = new LinkedHashMap<>();
        for (NameMention m : full) {
            Set<String> parts = partsById.computeIfAbsent(m.id(), id -> new java.util.HashSet<>());
            Words.of(body.substring(m.start(), m.end())).all().stream()
                    .filter(w -> !NameKeys.isHonorific(w.text()))
                    .map(w -> NameKeys.strictWordKey(w.text())).filter(k -> k.length() >= 3).forEach(parts::add);
            if (m.id() > 0) {
                directory.get(EntityKind.PERSON, m.id()).ifPresent(known -> known.names().forEach(name ->
                        Words.of(name).all().stream().map(w -> NameKeys.strictWordKey(w.text()))
                                .filter(k -> k.length() >= 3).forEach(parts::add)));
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Words.Word word = words.get(i);
            if (taken[i] || word.key().length() < 3 || Lexicon.HINDI_FUNCTION_WORDS.contains(word.text())
                    || NameKeys.isHonorific(word.text())
                    || !Scripts.hasDevanagari(word.text()) && !Character.isUpperCase(word.text().codePointAt(0))
                    || Lexicon.CAPITALISED_NON_NAMES.contains(word.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            // A first name or surname alone refers back to the latest person named in full with it, and only when
            // it is spelt like that name's word, vowels and all.
            Long chosen = null;
            String strict = NameKeys.strictWordKey(word.text());
            for (NameMention m : full) {
                if (m.start() < word.start() && partsById.get(m.id()).contains(strict)) {
                    chosen = m.id();
                }
            }
            if (chosen != null) {
                mentions.add(new NameMention(EntityKind.PERSON, chosen, word.start(), word.end(), "PARTIAL"));
                taken[i] = true;
            }
        }
    }

    private static boolean anyTaken(boolean[] taken, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjacentRun(Words words, int from, int length) {
        for (int k = from + 1; k < from + length; k++) {
            if (!Directory.adjacent(words, k - 1, k)) {
                return false;
            }
        }
        return true;
    }
}
