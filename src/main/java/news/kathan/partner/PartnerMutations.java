package news.kathan.partner;

import graphql.GraphQLContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import news.kathan.api.InputValidation;
import news.kathan.api.NotFoundException;
import news.kathan.article.Article;
import news.kathan.article.ArticleRepository;
import news.kathan.claim.Claim;
import news.kathan.ingest.ArticleIngestion;
import news.kathan.ingest.IngestRequest;
import news.kathan.ingest.IngestResult;
import news.kathan.ingest.IngestRetry;
import news.kathan.party.Party;
import news.kathan.person.Person;
import news.kathan.quote.Quote;
import org.hibernate.validator.constraints.URL;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The schema's mutations. Each runs the same checks in the same order, so that the answer to a bad request does
 * not depend on what else is wrong with it: a valid key (UNAUTHORIZED), budget left on it (RATE_LIMITED), a valid
 * input (INVALID_INPUT, field by field), the records it names (NOT_FOUND), and the key's right to change them
 * (FORBIDDEN). Only then is anything written, in one transaction.
 */
@Controller
class PartnerMutations {

    /** Names a partner may use for its articles: no spaces or markup, so they are safe in logs and URLs. */
    static final String EXTERNAL_ID = "[\\p{L}\\p{N}._:/#@+-]+";

    /**
     * What a name of a person, party, outlet or source may look like: letters in any script (with their combining
     * marks and the joiners Devanagari uses), digits, spaces and the punctuation names carry (Dr., O'Brien, LKM-RV,
     * NDTV 24x7), and at least one letter. Anything else is a slip that would create a person called "1234 !!".
     * Written with a lookahead and a possessive loop so that a long bad value is refused in linear time.
     */
    static final String NAME = "(?s)(?=.*?\\p{L})[\\p{L}\\p{M}\\p{N}\\s.'’&()\\-\u200C\u200D]++";
    static final String NAME_MESSAGE = "must be a name: letters, digits, spaces and . ' & ( ) -, with at least one letter";

    record IngestArticleInput(
            @NotBlank @Size(max = 200)
            @Pattern(regexp = EXTERNAL_ID, message = "may hold only letters, digits and . _ - : / # @ +")
            String externalId,
            @NotBlank @Size(max = Limits.TEXT) @CleanText String text,
            @Size(max = Limits.TITLE) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @CleanText
            @Nullable String title,
            @Size(max = Limits.URL) @URL(regexp = "(?i)https?://.+", message = "must be an http or https URL")
            @Nullable String url,
            @PastOrPresent @Nullable LocalDate publishedOn,
            @Pattern(regexp = "hi|en", message = "must be hi or en") @Nullable String language) {
    }

    record IngestArticlePayload(Article article, boolean changed) {
    }

    record SpanInput(@PositiveOrZero int start, @PositiveOrZero int end) {
    }

    record CorrectQuoteInput(@NotBlank String quoteId, @Valid @Nullable SpanInput span,
                             @Size(max = Limits.NAME) @Pattern(regexp = NAME, message = NAME_MESSAGE)
                             @CleanText @Nullable String speaker,
                             @Nullable Boolean retract,
                             @Size(max = Limits.REASON) @CleanText @Nullable String reason) {
    }

    record CorrectQuotePayload(Quote quote) {
    }

    record CorrectClaimInput(@NotBlank String claimId, @Valid @Nullable SpanInput span,
                             @Size(max = Limits.NAME) @Pattern(regexp = NAME, message = NAME_MESSAGE)
                             @CleanText @Nullable String source,
                             @Nullable Boolean retract,
                             @Size(max = Limits.REASON) @CleanText @Nullable String reason) {
    }

    record CorrectClaimPayload(Claim claim) {
    }

    record AddAliasInput(@NotBlank String id, @NotBlank @Size(max = Limits.NAME)
                         @Pattern(regexp = NAME, message = NAME_MESSAGE) @CleanText String alias) {
    }

    record AddAliasPayload(@Nullable Person person, @Nullable Party party) {
    }

    record MergePeopleInput(@NotBlank String into, @NotBlank String merged) {
    }

    record MergePeoplePayload(Person person) {
    }

    /** The sizes inputs may have; the columns they go into are at least as wide (see db/migration). */
    static final class Limits {
        /** An article's raw text, in UTF-16 code units: a long feature is 100,000. */
        static final int TEXT = 1_000_000;
        static final int TITLE = 1000;
        static final int URL = 2000;
        static final int NAME = 300;
        static final int REASON = 1000;

        private Limits() {
        }
    }

    private final WriteLimits limits;
    private final InputValidation validation;
    private final ArticleIngestion ingestion;
    private final ArticleRepository articles;
    private final Corrections corrections;
    private final PeopleMerging merging;

    PartnerMutations(WriteLimits limits, InputValidation validation, ArticleIngestion ingestion,
                     ArticleRepository articles, Corrections corrections, PeopleMerging merging) {
        this.limits = limits;
        this.validation = validation;
        this.ingestion = ingestion;
        this.articles = articles;
        this.corrections = corrections;
        this.merging = merging;
    }

    @MutationMapping
    IngestArticlePayload ingestArticle(@Argument IngestArticleInput input, GraphQLContext context) {
        Partner partner = admit(context, "input", input);
        IngestRequest request = new IngestRequest(feedOf(partner), input.externalId(), input.text(), input.title(),
                input.url(), input.publishedOn(), input.language(), partner.outletId());
        IngestResult result = IngestRetry.ingest(ingestion, request);
        Article article = articles.findById(result.articleId())
                .orElseThrow(() -> new NotFoundException("The article was deleted while it was being stored"));
        return new IngestArticlePayload(article, result.changed());
    }

    @MutationMapping
    CorrectQuotePayload correctQuote(@Argument CorrectQuoteInput input, GraphQLContext context) {
        Partner partner = admit(context, "input", input);
        return new CorrectQuotePayload(corrections.correctQuote(partner, input));
    }

    @MutationMapping
    CorrectClaimPayload correctClaim(@Argument CorrectClaimInput input, GraphQLContext context) {
        Partner partner = admit(context, "input", input);
        return new CorrectClaimPayload(corrections.correctClaim(partner, input));
    }

    @MutationMapping
    AddAliasPayload addAlias(@Argument AddAliasInput input, GraphQLContext context) {
        Partner partner = admit(context, "input", input);
        return corrections.addAlias(partner, input);
    }

    @MutationMapping
    MergePeoplePayload mergePeople(@Argument MergePeopleInput input, GraphQLContext context) {
        Partner partner = admit(context, "input", input);
        return new MergePeoplePayload(merging.merge(partner, input));
    }

    /**
     * The partner a write is made as, once it has shown a valid key, spent one write of its budget (which the
     * response reports) and sent a valid input.
     */
    private Partner admit(GraphQLContext context, String argument, Object input) {
        Caller caller = context.getOrDefault(Caller.CONTEXT_KEY, Caller.ANONYMOUS);
        Partner partner = caller.writer();
        context.put(PartnerAuthentication.BUDGET_KEY, limits.take(partner));
        validation.check(argument, input);
        return partner;
    }

    /** A partner's articles form one feed per outlet: the same externalId from the same outlet is one article. */
    static String feedOf(Partner partner) {
        return "outlet:" + partner.outletId();
    }
}
