package news.kathan.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A hand annotation of one article, in the format of src/test/resources/gold/README.md. */
record Gold(String file, String language, @Nullable LocalDate publishedOn, @Nullable String dateSource,
            @Nullable String outlet, @Nullable List<GoldPerson> people, @Nullable List<String> parties,
            @Nullable List<GoldQuote> quotes, @Nullable List<GoldClaim> claims, @Nullable List<GoldEvent> events) {

    record GoldPerson(String name, @Nullable List<String> forms) {
    }

    record GoldSource(String kind, @Nullable String name, @Nullable String description, @Nullable String affiliation) {
    }

    record GoldQuote(GoldSource speaker, String text, @Nullable String via, @Nullable String originalAuthor,
                     @Nullable String note) {
    }

    record GoldClaim(GoldSource source, String text, @Nullable String note) {
    }

    record GoldEvent(String kind, LocalDate date, @Nullable LocalDate until, String precision,
                     @Nullable List<String> participants, @Nullable List<String> parties, @Nullable String key,
                     @Nullable String evidence, @Nullable String note) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Gold read(String resource) {
        try (InputStream in = Gold.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No gold file " + resource);
            }
            return YAML.readValue(in, Gold.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<GoldPerson> peopleList() {
        return people == null ? List.of() : people;
    }

    List<String> partyList() {
        return parties == null ? List.of() : parties;
    }

    List<GoldQuote> quoteList() {
        return quotes == null ? List.of() : quotes;
    }

    List<GoldClaim> claimList() {
        return claims == null ? List.of() : claims;
    }

    List<GoldEvent> eventList() {
        return events == null ? List.of() : events;
    }
}
