package news.kathan.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The authority lists in {@code seeds/reference/}: parties, people and outlets with their names in both scripts.
 * Editors maintain them as YAML; this reads them into records.
 */
public record ReferenceLists(List<PartyEntry> parties, List<PersonEntry> people, List<OutletEntry> outlets) {

    public record PartyEntry(String name, @Nullable String abbreviation, @Nullable String devanagari,
                             @Nullable String wikidata, @Nullable List<String> aliases) {
        public List<String> aliasList() {
            return aliases == null ? List.of() : aliases;
        }
    }

    public record PersonEntry(String name, @Nullable String devanagari, @Nullable String wikidata,
                              @Nullable String gender, @Nullable List<String> aliases,
                              @Nullable List<Membership> parties) {
        public List<String> aliasList() {
            return aliases == null ? List.of() : aliases;
        }

        public List<Membership> membershipList() {
            return parties == null ? List.of() : parties;
        }
    }

    /** A party a person belongs or belonged to, by abbreviation or name, with the years known. */
    public record Membership(String party, @Nullable Integer since, @Nullable Integer until) {
    }

    public record OutletEntry(String name, @Nullable String abbreviation, String kind, @Nullable String devanagari,
                              @Nullable List<String> aliases, @Nullable List<String> handles) {
        public List<String> aliasList() {
            return aliases == null ? List.of() : aliases;
        }

        public List<String> handleList() {
            return handles == null ? List.of() : handles;
        }
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Reads parties.yaml, people.yaml and outlets.yaml from a folder (classpath: or file: location). */
    public static ReferenceLists read(Resource folder) {
        return new ReferenceLists(
                List.of(read(folder, "parties.yaml", PartyEntry[].class)),
                List.of(read(folder, "people.yaml", PersonEntry[].class)),
                List.of(read(folder, "outlets.yaml", OutletEntry[].class)));
    }

    private static <T> T read(Resource folder, String file, Class<T> type) {
        try (InputStream in = folder.createRelative(file).getInputStream()) {
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference list " + file, e);
        }
    }
}
