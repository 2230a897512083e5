package news.kathan.synthetic;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import news.kathan.event.DatePrecision;
import news.kathan.event.EventKind;
import news.kathan.source.SourceKind;
import news.kathan.text.NameKeys;
import org.jspecify.annotations.Nullable;

/**
 * Writes the articles of a synthetic archive. Article i depends only on the seed and i: its own random stream
 * decides the language (60% English, 40% Hindi), the publication day (over ten years), the outlet, and who it is
 * about, drawn Zipf-like from the people known by then, so that a few people are in a large share of the
 * archive. Each article reports an event of its main person (resignation, joining, rally, meeting, expulsion,
 * dated explicitly or relative to publication), quotes several people, and carries claims of named people, of
 * parties and outlets and of anonymous sources, with background sentences between them, in the order of a news
 * report shuffled a little. The sentences come from {@code synthetic/en.txt} and {@code synthetic/hi.txt}.
 */
final class SyntheticArticles {

    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2026, 1, 1));
    static final double HINDI_SHARE = 0.4;
    /** How skewed who is in the news is: 1 is Zipf's law. */
    static final double PEOPLE_EXPONENT = 1.0;

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale HINDI = Locale.forLanguageTag("hi");
    private static final List<EventKind> LEAD_EVENTS = List.of(EventKind.RESIGNATION, EventKind.RESIGNATION,
            EventKind.JOINING, EventKind.JOINING, EventKind.RALLY, EventKind.RALLY, EventKind.MEETING,
            EventKind.EXPULSION);
    private static final List<EventKind> PAST_EVENTS = List.of(EventKind.JOINING, EventKind.JOINING,
            EventKind.RESIGNATION, EventKind.EXPULSION, EventKind.RALLY);

    private final long seed;
    private final Cast cast;
    private final Templates english = Templates.read("en.txt");
    private final Templates hindi = Templates.read("hi.txt");
    private final List<String[]> places = Templates.read("names.txt").rows("place");
    private final Zipf people;
    private final Zipf outlets;
    private final Zipf parties;

    SyntheticArticles(long seed, Cast cast) {
        this.seed = seed;
        this.cast = cast;
        this.people = new Zipf(cast.people.size(), PEOPLE_EXPONENT);
        this.outlets = new Zipf(cast.outlets.size(), 0.8);
        this.parties = new Zipf(cast.parties.size(), 1.1);
    }

    /**
     * How many people an archive of this many articles is about: they come into the news as it grows, so article
     * i only ever names the first {@code population(i + 1)}, and a larger archive keeps the articles of a smaller.
     */
    static int population(int articles) {
        return 40 + articles / 20;
    }

    /** The feed a seed's articles are stored under; their external ids are their numbers. */
    static String feed(long seed) {
        return "synthetic:" + seed;
    }

    static String externalId(int index) {
        return String.format(Locale.ROOT, "%07d", index);
    }

    /** A random stream of its own for each article (and each part of the cast), from the seed. */
    static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    ArticlePlan write(int index) {
        if (population(index + 1) > cast.people.size()) {
            throw new IllegalArgumentException("Article " + index + " needs " + population(index + 1)
                    + " people; the cast has " + cast.people.size());
        }
        return new Writer(index).write();
    }

    /** The state of one article while it is written: who has been named, and what has been planted. */
    private final class Writer {

        private final int index;
        private final SplittableRandom random;
        private final boolean inHindi;
        private final Templates words;
        private final LocalDate published;
        private final Cast.Outlet outlet;
        /** The other outlet the article cites ("told PTI", "according to …"). */
        private final Cast.Outlet cited;
        private final String place;
        private final Cast.Person main;
        private final List<Cast.Person> others = new ArrayList<>();
        private final int rival;
        private final Map<Integer, String> partyPrints = new HashMap<>();
        private final Set<Integer> introduced = new HashSet<>();
        private final List<ArticlePlan.Quote> quotes = new ArrayList<>();
        private final List<ArticlePlan.Claim> claims = new ArrayList<>();
        private final List<ArticlePlan.Event> events = new ArrayList<>();
        /** Words already printed: an article says each thing once (the extractor drops a repeated quote). */
        private final Set<String> said = new HashSet<>();

        Writer(int index) {
            this.index = index;
            this.random = new SplittableRandom(mix(seed, index));
            this.inHindi = random.nextDouble() < HINDI_SHARE;
            this.words = inHindi ? hindi : english;
            this.published = FIRST_DAY.plusDays(random.nextInt(DAYS));
            this.outlet = cast.outlets.get(outlets.draw(random, cast.outlets.size()));
            String[] at = places.get(random.nextInt(places.size()));
            this.place = inHindi ? at[1] : at[0];
            int known = population(index + 1);
            this.main = cast.people.get(people.draw(random, known));
            int count = 2 + random.nextInt(2);
            for (int attempt = 0; others.size() < count && attempt < 20; attempt++) {
                Cast.Person other = cast.people.get(people.draw(random, known));
                if (other != main && !others.contains(other)) {
                    others.add(other);
                }
            }
            for (int rank = 0; others.size() < count; rank++) {
                if (rank != main.rank() && !others.contains(cast.people.get(rank))) {
                    others.add(cast.people.get(rank));
                }
            }
            int party = main.party();
            int drawn = parties.draw(random, cast.parties.size());
            this.rival = drawn != party ? drawn : (party + 1) % cast.parties.size();
            int other = random.nextInt(cast.outlets.size());
            this.cited = cast.outlets.get(cast.outlets.get(other) == outlet ? (other + 1) % cast.outlets.size()
                    : other);
        }

        ArticlePlan write() {
            Cast.Person first = others.get(0);
            Cast.Person second = others.size() > 1 ? others.get(1) : first;
            Cast.Person last = others.get(others.size() - 1);
            List<Supplier<String>> middle = new ArrayList<>();
            middle.add(() -> quote(main));
            middle.add(() -> claimOf(first));
            middle.add(this::anonymous);
            middle.add(() -> quote(random.nextBoolean() ? first : main));
            middle.add(this::filler);
            if (random.nextDouble() < 0.5) {
                middle.add(() -> random.nextDouble() < 0.6 ? partyClaim() : outletClaim());
            }
            if (random.nextDouble() < 0.5) {
                middle.add(() -> pastEvent(random.nextBoolean() ? main : second));
            }
            if (random.nextDouble() < 0.5) {
                middle.add(() -> profile(random.nextBoolean() ? main : first));
            }
            if (random.nextDouble() < 0.6) {
                middle.add(() -> quote(last));
            }
            if (random.nextDouble() < 0.5) {
                middle.add(this::anonymous);
            }
            if (random.nextDouble() < 0.5) {
                middle.add(() -> claimOf(main));
            }
            if (random.nextDouble() < 0.7) {
                middle.add(this::filler);
            }
            if (random.nextDouble() < 0.5) {
                middle.add(this::filler);
            }
            // A news report's order, loosened: neighbouring paragraphs trade places now and then.
            for (int i = 0; i + 1 < middle.size(); i++) {
                if (random.nextDouble() < 0.3) {
                    middle.set(i, middle.set(i + 1, middle.get(i)));
                }
            }
            // Written in the order printed, so that "the first time a person is named" is the first in the text.
            String title = words.pick("headline", random, slots(main, null), main.female());
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(dateline() + leadEvent());
            for (int i = 0; i < middle.size(); i++) {
                if (i == middle.size() / 2 && random.nextDouble() < 0.4) {
                    paragraphs.add(words.pick("subhead", random, slots(null, null), false));
                }
                paragraphs.add(middle.get(i).get());
            }
            if (random.nextDouble() < 0.2) {
                paragraphs.add(words.pick("teaser", random, slots(first, null), false));
            }
            String printedOutlet = inHindi ? outlet.devanagari() : outlet.latin();
            String text = " date " + published + " " + title + " | " + printedOutlet + "\n\n"
                    + String.join("\n\n", paragraphs) + "\n";
            return new ArticlePlan(index, externalId(index), inHindi ? "hi" : "en", published, outlet.name(), text,
                    List.copyOf(quotes), List.copyOf(claims), List.copyOf(events));
        }

        private String dateline() {
            if (random.nextDouble() < 0.4) {
                return "";
            }
            Map<String, String> slots = slots(null, null);
            slots.put("month", month(published));
            slots.put("day", String.valueOf(published.getDayOfMonth()));
            return words.pick("dateline", random, slots, false) + " ";
        }

        /** The news of the day: an event of the main person, dated in the week before publication. */
        private String leadEvent() {
            EventKind kind = LEAD_EVENTS.get(random.nextInt(LEAD_EVENTS.size()));
            int daysBefore = random.nextInt(7);
            LocalDate day = published.minusDays(daysBefore);
            double form = random.nextDouble();
            String date;
            if (form < 0.25) {
                date = printedDate("date.day", day);
            } else if (daysBefore == 0 && form < 0.6) {
                date = printedDate("date.today", day);
            } else if (daysBefore == 1 && form < 0.6) {
                date = printedDate("date.yesterday", day);
            } else {
                date = printedDate("date.weekday", day);
            }
            return event(kind, main, date, day, DatePrecision.DAY);
        }

        /** Something a person did months or years before: a joining, resignation, expulsion or rally. */
        private String pastEvent(Cast.Person who) {
            EventKind kind = PAST_EVENTS.get(random.nextInt(PAST_EVENTS.size()));
            double form = random.nextDouble();
            if (form < 0.4) {
                LocalDate day = published.minusDays(7 + random.nextInt(400));
                return event(kind, who, printedDate("date.day", day), day, DatePrecision.DAY);
            }
            if (form < 0.7) {
                LocalDate month = published.minusMonths(1 + random.nextInt(36)).withDayOfMonth(1);
                return event(kind, who, printedDate("date.month", month), month, DatePrecision.MONTH);
            }
            LocalDate year = published.minusYears(1 + random.nextInt(8)).withDayOfYear(1);
            return event(kind, who, printedDate("date.year", year), year, DatePrecision.YEAR);
        }

        private String event(EventKind kind, Cast.Person who, String date, LocalDate day, DatePrecision precision) {
            String line = line("event." + kind.name());
            Map<String, String> slots = slots(who, line);
            slots.put("date", date);
            if (line.contains("{name2}")) {
                Cast.Person met = others.get(others.size() - 1);
                slots.put("name2", name(met));
            }
            events.add(new ArticlePlan.Event(kind, day, precision, who.rank()));
            return sentence(words.expand(line, random, slots, who.female()));
        }

        private String printedDate(String section, LocalDate day) {
            Map<String, String> slots = new HashMap<>();
            Locale locale = inHindi ? HINDI : ENGLISH;
            slots.put("weekday", day.getDayOfWeek().getDisplayName(TextStyle.FULL, locale));
            slots.put("month", month(day));
            slots.put("day", String.valueOf(day.getDayOfMonth()));
            slots.put("year", String.valueOf(day.getYear()));
            return words.pick(section, random, slots, false);
        }

        private String month(LocalDate day) {
            return day.getMonth().getDisplayName(TextStyle.FULL, inHindi ? HINDI : ENGLISH);
        }

        private String quote(Cast.Person speaker) {
            boolean unmarked = inHindi && random.nextDouble() < 0.25;
            String line = line(unmarked ? "quote.own" : random.nextBoolean() ? "quote.after" : "quote.before");
            Map<String, String> slots = slots(speaker, line);
            String text = fresh(unmarked ? "own" : "quote", slots, speaker.female());
            slots.put(unmarked ? "own" : "quote", text);
            quotes.add(new ArticlePlan.Quote(text, speaker.rank()));
            if (line.contains("{quote2}")) {
                String more = fresh("quote", slots, speaker.female());
                slots.put("quote2", more);
                quotes.add(new ArticlePlan.Quote(more, speaker.rank()));
            }
            return sentence(words.expand(line, random, slots, speaker.female()));
        }

        private String claimOf(Cast.Person source) {
            String line = line("claim.person");
            Map<String, String> slots = slots(source, line);
            String text = claimWords(slots);
            claims.add(new ArticlePlan.Claim(text, SourceKind.PERSON, source.rank(), source.name()));
            return sentence(words.expand(line, random, slots, source.female()));
        }

        private String partyClaim() {
            int party = random.nextBoolean() ? main.party() : rival;
            Map<String, String> slots = slots(null, null);
            slots.put("party", party(party));
            slots.put("party2", party(party == rival ? main.party() : rival));
            String text = claimWords(slots);
            claims.add(new ArticlePlan.Claim(text, SourceKind.PARTY, party, cast.parties.get(party).name()));
            return sentence(words.pick("claim.party", random, slots, false));
        }

        private String outletClaim() {
            int source = random.nextInt(cast.outlets.size());
            if (cast.outlets.get(source) == outlet) {
                source = (source + 1) % cast.outlets.size();
            }
            Cast.Outlet other = cast.outlets.get(source);
            Map<String, String> slots = slots(null, null);
            slots.put("outlet", inHindi ? other.devanagari() : other.latin());
            String text = claimWords(slots);
            claims.add(new ArticlePlan.Claim(text, SourceKind.OUTLET, source, other.name()));
            return sentence(words.pick("claim.outlet", random, slots, false));
        }

        private String anonymous() {
            String line = line("anonymous");
            Cast.@Nullable Person near = line.contains("{name}") ? main : null;
            Map<String, String> slots = slots(near, line);
            if (random.nextBoolean()) {
                slots.put("party", party(rival));
            }
            String text = claimWords(slots);
            String printed = words.expand(line, random, slots, false);
            claims.add(new ArticlePlan.Claim(text, SourceKind.ANONYMOUS, -1, printed));
            return sentence(printed);
        }

        private String claimWords(Map<String, String> slots) {
            String text = fresh("claim", slots, false);
            slots.put("claim", text);
            slots.put("Claim", capitalised(text));
            return text;
        }

        /** Who a person is: a sentence that names them and reports nothing. */
        private String profile(Cast.Person person) {
            String line = line("profile");
            return sentence(words.expand(line, random, slots(person, line), person.female()));
        }

        /** A paragraph of background: one to three sentences that report nothing of anyone. */
        private String filler() {
            int sentences = 1 + random.nextInt(3);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < sentences; i++) {
                lines.add(sentence(fresh("filler", slots(null, null), false)));
            }
            return String.join(" ", lines);
        }

        /** A line of a section this article has not printed yet, when a few draws find one. */
        private String fresh(String section, Map<String, String> slots, boolean female) {
            String text = words.pick(section, random, slots, female);
            for (int attempt = 0; !said.add(text) && attempt < 10; attempt++) {
                text = words.pick(section, random, slots, female);
            }
            return text;
        }

        private String line(String section) {
            List<String> lines = words.lines(section);
            return lines.get(random.nextInt(lines.size()));
        }

        /**
         * The slots of a sentence about a person: their name as printed (and, when the line has a {speaker}, with
         * their party and role), their party, a rival party, the place and another outlet. A person is named only
         * when the line prints them, so that "the first time" is the first time in the text.
         */
        private Map<String, String> slots(Cast.@Nullable Person person, @Nullable String line) {
            Map<String, String> slots = new LinkedHashMap<>();
            int party = person != null ? person.party() : main.party();
            slots.put("party", party(party));
            slots.put("party2", party(party == rival ? main.party() : rival));
            slots.put("place", place);
            slots.put("outlet", inHindi ? cited.devanagari() : cited.latin());
            if (person != null && line != null && (line.contains("{name}") || line.contains("{speaker}"))) {
                String name = name(person);
                slots.put("name", name);
                boolean surname = name.equals(person.surname()) || name.equals(person.devanagariSurname());
                Map<String, String> forSpeaker = new HashMap<>(slots);
                slots.put("speaker", surname ? name : words.pick("speaker", random, forSpeaker, person.female()));
            } else if (person != null) {
                slots.put("name", inHindi ? person.devanagari() : person.name());
            }
            return slots;
        }

        /**
         * A person as the article prints them: in full the first time (now and then in a variant spelling), later
         * also in a variant or by surname alone, when no one else in the article has a name with that word.
         */
        private String name(Cast.Person person) {
            String full = inHindi ? person.devanagari() : person.name();
            List<String> variants = inHindi ? person.devanagariVariants() : person.variants();
            String surname = inHindi ? person.devanagariSurname() : person.surname();
            double u = random.nextDouble();
            String printed;
            if (!introduced.contains(person.rank())) {
                printed = u < 0.15 && !variants.isEmpty() ? variants.get(random.nextInt(variants.size())) : full;
            } else if (u < 0.25 && surnameIsOwn(person, surname)) {
                printed = surname;
            } else if (u < 0.45 && !variants.isEmpty()) {
                printed = variants.get(random.nextInt(variants.size()));
            } else {
                printed = full;
            }
            introduced.add(person.rank());
            return printed;
        }

        private boolean surnameIsOwn(Cast.Person person, String surname) {
            String key = NameKeys.strictWordKey(surname);
            List<Cast.Person> everyone = new ArrayList<>(others);
            everyone.add(main);
            for (Cast.Person other : everyone) {
                if (other == person) {
                    continue;
                }
                for (String word : (other.name() + " " + other.devanagari()).split(" ")) {
                    if (NameKeys.strictWordKey(word).equals(key)) {
                        return false;
                    }
                }
            }
            return key.length() >= 3; // the extractor takes shorter words alone for no one
        }

        /** A party as this article prints it: one of its names in the article's script, the same throughout. */
        private String party(int party) {
            return partyPrints.computeIfAbsent(party, p -> {
                List<String> names = inHindi ? cast.parties.get(p).devanagari() : cast.parties.get(p).latin();
                return names.get(random.nextInt(names.size()));
            });
        }

        private String sentence(String text) {
            return inHindi ? text : capitalised(text);
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
