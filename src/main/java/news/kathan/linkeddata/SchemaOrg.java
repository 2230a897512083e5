package news.kathan.linkeddata;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import news.kathan.api.NodeId;
import news.kathan.outlet.Outlet;
import news.kathan.party.Party;
import news.kathan.person.Person;
import news.kathan.source.AnonymousSource;
import org.jspecify.annotations.Nullable;

/**
 * The schema.org shapes Kathan publishes. Each document names its context; nested things do not, as JSON-LD
 * inherits it. Empty and null properties are left out rather than written as null, which JSON-LD would read as
 * "no value" anyway and which only makes documents harder to read.
 */
final class SchemaOrg {

    static final String CONTEXT = "https://schema.org";

    private SchemaOrg() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record NewsArticle(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                       @JsonProperty("@id") String id, String identifier, String headline, String inLanguage,
                       @Nullable LocalDate datePublished, @Nullable Agent publisher, @Nullable Agent author,
                       @Nullable String url, @Nullable String mainEntityOfPage, String articleBody,
                       List<Agent> mentions, List<Ref> hasPart) {
    }

    /**
     * A direct quote. schema.org separates the real-world author of the words ({@code creator}) from the one they
     * are attributed to in the containing work ({@code spokenByCharacter}): they differ when a politician recites
     * a poet's couplet.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Quotation(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                     @JsonProperty("@id") String id, String identifier, String text, String inLanguage,
                     Agent spokenByCharacter, Agent creator, Ref isPartOf, @Nullable Posting isBasedOn,
                     String url) {
    }

    /** A claim: {@code author} is who makes it, {@code appearance} the article it occurs in. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Claim(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                 @JsonProperty("@id") String id, String identifier, String text, String inLanguage, Agent author,
                 Ref appearance, String url) {
    }

    /** A link to another document Kathan publishes, with enough to show it without following the link. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Ref(@JsonProperty("@id") String id, @JsonProperty("@type") String type, @Nullable String headline,
               @Nullable LocalDate datePublished) {

        static Ref to(String id, String type) {
            return new Ref(id, type, null, null);
        }
    }

    /** The post of a news agency that carries a quote (an embedded ANI or IANS tweet). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Posting(@JsonProperty("@type") String type, Agent author) {

        static Posting by(Outlet agency) {
            return new Posting("SocialMediaPosting", Agent.of(agency));
        }
    }

    /**
     * A person or organisation. An anonymous source is a Person without a name: schema.org has no type for
     * "someone the article does not name", and its description and affiliation are what the article says of it.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Agent(@JsonProperty("@type") String type, @Nullable String identifier, @Nullable String name,
                 @Nullable String alternateName, @Nullable String description, @Nullable String sameAs,
                 @Nullable Agent affiliation) {

        static Agent of(Person person) {
            return new Agent("Person", NodeId.encode("Person", person.getId()), person.getName(),
                    person.getNameDevanagari(), null, wikidata(person.getWikidataId()), null);
        }

        static Agent of(Party party) {
            return new Agent("PoliticalParty", NodeId.encode("Party", party.getId()), party.getName(),
                    party.getAbbreviation(), null, wikidata(party.getWikidataId()), null);
        }

        static Agent of(Outlet outlet) {
            return new Agent("NewsMediaOrganization", NodeId.encode("Outlet", outlet.getId()), outlet.getName(),
                    outlet.getAbbreviation(), null, null, null);
        }

        static Agent of(AnonymousSource source, @Nullable Party affiliation) {
            return new Agent("Person", NodeId.encode("AnonymousSource", source.getId()), null, null,
                    source.getDescription(), null, affiliation == null ? null : of(affiliation));
        }

        static Agent named(String name) {
            return new Agent("Person", null, name, null, null, null, null);
        }

        private static @Nullable String wikidata(@Nullable String id) {
            return id == null ? null : "https://www.wikidata.org/wiki/" + id;
        }
    }
}
