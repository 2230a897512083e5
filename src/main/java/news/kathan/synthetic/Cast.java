package news.kathan.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.kathan.ingest.ReferenceLists;
import news.kathan.text.NameKeys;
import news.kathan.text.Resources;
import news.kathan.text.Scripts;
import org.jspecify.annotations.Nullable;

/**
 * Who a synthetic archive is about: invented people and outlets, built from the syllables of
 * {@code synthetic/names.txt}, and the parties of the reference lists as newsrooms print them. Everything is drawn
 * from the seed in a fixed order, so the first n people are the same however many are invented; and no name is
 * kept whose key any other person, party or outlet already has, so that every name the articles print resolves to
 * exactly one record.
 */
final class Cast {

    /**
     * An invented person: the canonical Latin name, the Devanagari name, the spelling variants printed for them,
     * and the index of their party in {@link #parties}.
     */
    record Person(int rank, String name, String devanagari, List<String> variants, List<String> devanagariVariants,
                  boolean female, int party) {

        String surname() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }

        String devanagariSurname() {
            return devanagari.substring(devanagari.lastIndexOf(' ') + 1);
        }

        List<String> aliases() {
            return Stream.concat(variants.stream(), devanagariVariants.stream()).toList();
        }
    }

    /** A reference party, with the forms an article may print for it in each script. */
    record Party(String name, String membership, List<String> latin, List<String> devanagari) {
    }

    /** An outlet an article may be published by or cite: the name printed in English and in Hindi text. */
    record Outlet(String name, String latin, String devanagari, String kind, boolean invented) {
    }

    /** Synthetic outlets: some tens, next to the reference ones. */
    static final int OUTLETS = 30;

    /**
     * A name printed in Latin script the way every extractor pattern reads it: capitalised words of letters and
     * hyphens, at most three (no brackets, as in "JD(U)").
     */
    private static final Pattern PLAIN_LATIN = Pattern.compile("\\p{Lu}[\\p{L}\\-]*(?: \\p{Lu}[\\p{L}\\-]*){0,2}");
    /** One Devanagari word, as "भाजपा सूत्रों" needs. */
    private static final Pattern ONE_HINDI_WORD = Pattern.compile("[\\u0900-\\u097F]+");

    final List<Person> people;
    final List<Party> parties;
    final List<Outlet> outlets;
    private final ReferenceLists reference;

    private Cast(List<Person> people, List<Party> parties, List<Outlet> outlets, ReferenceLists reference) {
        this.people = people;
        this.parties = parties;
        this.outlets = outlets;
        this.reference = reference;
    }

    static Cast invent(long seed, int people, ReferenceLists reference) {
        Templates names = Templates.read("names.txt");
        Set<String> taken = new HashSet<>();
        reference.people().forEach(p -> keys(taken, p.name(), p.devanagari(), p.aliasList()));
        reference.parties().forEach(p -> keys(taken, p.name(), p.abbreviation(), p.devanagari(), p.aliasList()));
        reference.outlets().forEach(o -> keys(taken, o.name(), o.abbreviation(), o.devanagari(), o.aliasList()));
        List<Party> parties = parties(reference);
        List<Outlet> outlets = new ArrayList<>(reference.outlets().stream()
                .map(o -> new Outlet(o.name(), plain(o.abbreviation()) ? o.abbreviation() : o.name(),
                        devanagari(o.devanagari(), o.aliasList()).orElse(o.name()), o.kind(), false))
                .toList());
        outlets.addAll(inventOutlets(new SplittableRandom(SyntheticArticles.mix(seed, -2)), names, taken));
        List<Person> invented = inventPeople(new SplittableRandom(SyntheticArticles.mix(seed, -1)), people, names,
                Templates.read("variants.txt"), taken, parties.size());
        return new Cast(List.copyOf(invented), List.copyOf(parties), List.copyOf(outlets), reference);
    }

    /**
     * What the archive registers through the same path as the reference lists: the reference parties (so that
     * memberships resolve), the first {@code people} invented people and the invented outlets.
     */
    ReferenceLists registration(int count) {
        List<ReferenceLists.PersonEntry> entries = people.subList(0, Math.min(count, people.size())).stream()
                .map(p -> new ReferenceLists.PersonEntry(p.name(), p.devanagari(), null, p.female() ? "F" : "M",
                        p.aliases(), List.of(new ReferenceLists.Membership(parties.get(p.party()).membership(),
                        null, null))))
                .toList();
        List<ReferenceLists.OutletEntry> invented = outlets.stream().filter(Outlet::invented)
                .map(o -> new ReferenceLists.OutletEntry(o.name(), null, o.kind(), o.devanagari(), List.of(),
                        List.of()))
                .toList();
        return new ReferenceLists(reference.parties(), entries, invented);
    }

    /** The parties an article can print in both scripts the way the extractor's patterns read them. */
    private static List<Party> parties(ReferenceLists reference) {
        List<Party> parties = new ArrayList<>();
        for (ReferenceLists.PartyEntry entry : reference.parties()) {
            List<String> names = Stream.concat(Stream.of(entry.abbreviation(), entry.name()),
                            entry.aliasList().stream())
                    .filter(n -> n != null && !n.isBlank()).distinct().toList();
            List<String> latin = names.stream().filter(Cast::plain).toList();
            List<String> hindi = names.stream().filter(n -> ONE_HINDI_WORD.matcher(n).matches()).toList();
            if (entry.devanagari() != null && ONE_HINDI_WORD.matcher(entry.devanagari()).matches()
                    && !hindi.contains(entry.devanagari())) {
                hindi = Stream.concat(hindi.stream(), Stream.of(entry.devanagari())).toList();
            }
            if (!latin.isEmpty() && !hindi.isEmpty()) {
                parties.add(new Party(entry.name(), entry.abbreviation() != null ? entry.abbreviation() : entry.name(),
                        latin, hindi));
            }
        }
        return parties;
    }

    private static boolean plain(@Nullable String name) {
        return name != null && PLAIN_LATIN.matcher(name).matches();
    }

    private static java.util.Optional<String> devanagari(@Nullable String name, List<String> aliases) {
        return Stream.concat(Stream.ofNullable(name), aliases.stream())
                .filter(n -> Scripts.hasDevanagari(n) && !n.contains("("))
                .min(Comparator.comparingInt(String::length));
    }

    private static List<Outlet> inventOutlets(SplittableRandom random, Templates names, Set<String> taken) {
        List<String[]> first = names.rows("outlet.first");
        List<String[]> second = names.rows("outlet.second");
        List<Outlet> outlets = new ArrayList<>();
        for (int attempt = 0; outlets.size() < OUTLETS && attempt < 100 * OUTLETS; attempt++) {
            String[] a = first.get(random.nextInt(first.size()));
            String[] b = second.get(random.nextInt(second.size()));
            String name = a[0] + " " + b[0];
            String devanagari = a[1] + " " + b[1];
            if (taken.contains(NameKeys.of(name)) || taken.contains(NameKeys.of(devanagari))) {
                continue;
            }
            keys(taken, name, devanagari, List.of());
            outlets.add(new Outlet(name, name, devanagari, b[2], true));
        }
        return outlets;
    }

    private static List<Person> inventPeople(SplittableRandom random, int count, Templates names, Templates variants,
                                             Set<String> taken, int parties) {
        List<String[]> starts = names.rows("given.start");
        List<String[]> male = names.rows("given.end.m");
        List<String[]> female = names.rows("given.end.f");
        List<String[]> surnameStarts = names.rows("surname.start");
        List<String[]> surnameEnds = names.rows("surname.end");
        List<String[]> latinVariants = variants.rows("latin");
        List<String[]> devanagariVariants = variants.rows("devanagari");
        Set<String> notNames = notNames();
        Zipf partyRanks = new Zipf(parties, 1.1);
        List<Person> people = new ArrayList<>();
        while (people.size() < count) {
            // Drawn in the same order whether or not the candidate is kept, so the stream stays the same.
            boolean isFemale = random.nextDouble() < 0.25;
            String[] start = starts.get(random.nextInt(starts.size()));
            List<String[]> ends = isFemale ? female : male;
            String[] end = ends.get(random.nextInt(ends.size()));
            String[] surnameStart = surnameStarts.get(random.nextInt(surnameStarts.size()));
            String[] surnameEnd = surnameEnds.get(random.nextInt(surnameEnds.size()));
            List<String[]> middles = names.rows(isFemale ? "middle.f" : "middle.m");
            String[] middle = random.nextDouble() < 0.15 ? middles.get(random.nextInt(middles.size())) : null;
            int party = partyRanks.draw(random, parties);
            long variantSeed = random.nextLong();

            String given = start[0] + end[0];
            String devanagariGiven = start[1] + end[1];
            String surname = surnameStart[0] + surnameEnd[0].toLowerCase(Locale.ROOT);
            String devanagariSurname = surnameStart[1] + surnameEnd[1];
            String name = given + (middle == null ? "" : " " + middle[0]) + " " + surname;
            String devanagari = devanagariGiven + (middle == null ? "" : " " + middle[1]) + " " + devanagariSurname;
            String key = NameKeys.of(name);
            if (!key.equals(NameKeys.of(devanagari)) || taken.contains(key)
                    || Stream.of(name.split(" ")).anyMatch(w -> notNames.contains(w.toLowerCase(Locale.ROOT))
                    || NameKeys.isHonorific(w))
                    || Stream.of(devanagari.split(" ")).anyMatch(notNames::contains)) {
                continue;
            }
            SplittableRandom variantRandom = new SplittableRandom(variantSeed);
            List<String> latin = variants(name, latinVariants, key, variantRandom, 2);
            List<String> hindi = variants(devanagari, devanagariVariants, key, variantRandom, 1);
            keys(taken, name, devanagari, latin);
            people.add(new Person(people.size(), name, devanagari, latin, hindi, isFemale, party));
        }
        return people;
    }

    /** Up to {@code max} spellings of a name that differ from it by one rule and keep its name key. */
    private static List<String> variants(String name, List<String[]> rules, String key, SplittableRandom random,
                                         int max) {
        List<String> found = new ArrayList<>();
        for (String[] rule : rules) {
            int at = name.indexOf(rule[0], 1);
            if (at < 0) {
                continue;
            }
            String variant = name.substring(0, at) + rule[1] + name.substring(at + rule[0].length());
            if (!variant.equals(name) && NameKeys.of(variant).equals(key) && !found.contains(variant)) {
                found.add(variant);
            }
        }
        // A fixed choice per person: shuffle with the person's own stream, keep the first few.
        for (int i = found.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = found.get(i);
            found.set(i, found.get(j));
            found.set(j, swap);
        }
        return List.copyOf(found.subList(0, Math.min(max, found.size())));
    }

    /**
     * Words an invented name must not contain, since the extractor reads them as something else: roles, words
     * capitalised in English text that are not names, Hindi function words.
     */
    private static Set<String> notNames() {
        Set<String> words = new HashSet<>();
        for (String list : List.of("roles-en.txt", "capitalised-non-names.txt", "roles-hi.txt",
                "hindi-function-words.txt", "honorifics.txt", "pronouns.txt")) {
            Resources.lines(list).forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    private static void keys(Set<String> taken, @Nullable String a, @Nullable String b, List<String> more) {
        keys(taken, a, b, null, more);
    }

    private static void keys(Set<String> taken, @Nullable String a, @Nullable String b, @Nullable String c,
                             List<String> more) {
        Stream.concat(Stream.of(a, b, c), more.stream()).filter(n -> n != null && !n.isBlank())
                .map(NameKeys::of).filter(k -> !k.isEmpty()).forEach(taken::add);
    }
}
