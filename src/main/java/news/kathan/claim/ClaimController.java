package news.kathan.claim;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import news.kathan.api.Batches;
import news.kathan.api.Connection;
import news.kathan.api.Cursor;
import news.kathan.api.PageRequest;
import news.kathan.api.Specs;
import news.kathan.api.TotalCounts;
import news.kathan.article.Article;
import news.kathan.article.ArticleRepository;
import news.kathan.article.ArticleSpecs;
import news.kathan.article.AttributedPages;
import news.kathan.search.SearchKind;
import news.kathan.search.TextFilter;
import news.kathan.source.SourceKind;
import news.kathan.source.SourceLoader;
import news.kathan.source.SourceLookup;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ClaimController {

    /** The ClaimFilter input of the schema. */
    record ClaimFilter(@Nullable String source, @Nullable SourceKind sourceKind, @Nullable LocalDate from,
                       @Nullable LocalDate to, @Nullable String text, @Nullable String outlet,
                       @Nullable Boolean includeRetracted) {
    }

    private final ClaimRepository claims;
    private final ClaimRevisionRepository revisions;
    private final ArticleRepository articles;
    private final SourceLookup lookup;
    private final SourceLoader sources;
    private final TotalCounts totals;
    private final AttributedPages pages;

    ClaimController(ClaimRepository claims, ClaimRevisionRepository revisions, ArticleRepository articles,
                    SourceLookup lookup, SourceLoader sources, TotalCounts totals, AttributedPages pages) {
        this.claims = claims;
        this.revisions = revisions;
        this.articles = articles;
        this.lookup = lookup;
        this.sources = sources;
        this.totals = totals;
        this.pages = pages;
    }

    @QueryMapping
    Connection<Claim> claims(@Argument @Nullable ClaimFilter filter, @Argument @Nullable Integer first,
                             @Argument @Nullable String after, DataFetchingEnvironment env) {
        PageRequest page = PageRequest.of(first, after);
        SourceLookup.Resolved source = filter == null || filter.source() == null ? null : lookup.any(filter.source());
        Specification<Claim> spec = filter == null ? Specs.all() : spec(filter, source);
        boolean activeOnly = filter == null || !Boolean.TRUE.equals(filter.includeRetracted());
        if (activeOnly) {
            spec = spec.and(Specs.equal("status", news.kathan.article.Status.ACTIVE));
        }
        return pages.page(Claim.class, "source", claims, spec, Specs.idAfter(page.cursor(1)),
                order(source, filter == null ? null : filter.sourceKind(), activeOnly), page,
                claim -> Cursor.of(claim.getId()), total -> totals.of("claims", filter, total), env);
    }

    /**
     * Id order; for one person's active claims along ix_claim_source_person, for one kind of source's along
     * ix_claim_kind (see Specs#byIdWithin).
     */
    static Sort order(SourceLookup.@Nullable Resolved source, @Nullable SourceKind kind, boolean activeOnly) {
        if (activeOnly && source != null && source.isOnePerson()) {
            return Specs.byIdWithin("attribution.personId", "status");
        }
        if (activeOnly && kind != null) {
            return Specs.byIdWithin("attribution.kind", "status");
        }
        return Sort.by("id");
    }

    private Specification<Claim> spec(ClaimFilter filter, SourceLookup.@Nullable Resolved source) {
        Specification<Claim> spec = Specs.<Claim>equal("attribution.kind", filter.sourceKind())
                .and(TextFilter.containing(SearchKind.CLAIM, filter.text()))
                .and(ArticleSpecs.fromArticles("articleId", filter.from(), filter.to(),
                        filter.outlet() == null ? null : lookup.outlets(filter.outlet())));
        if (source != null) {
            spec = spec.and(Specification.anyOf(
                    Specs.in("attribution.personId", source.people()),
                    Specs.in("attribution.outletId", source.outlets()),
                    Specs.in("attribution.partyId", source.parties()),
                    Specs.in("attribution.anonymousSourceId", source.anonymous())));
        }
        return spec;
    }

    @BatchMapping
    List<Object> source(List<Claim> batch) {
        return sources.load(batch.stream().map(Claim::getSource).toList());
    }

    /** The versions corrections replaced, newest first. */
    @BatchMapping
    List<List<ClaimRevision>> history(List<Claim> batch) {
        Map<Long, List<ClaimRevision>> byClaim = new java.util.HashMap<>();
        for (ClaimRevision revision : revisions.findByClaimIdInOrderByRevisionDesc(Batches.ids(batch, Claim::getId))) {
            byClaim.computeIfAbsent(revision.getClaimId(), id -> new java.util.ArrayList<>()).add(revision);
        }
        return Batches.children(batch, Claim::getId, byClaim);
    }

    @BatchMapping(typeName = "ClaimRevision", field = "source")
    List<Object> revisionSource(List<ClaimRevision> batch) {
        return sources.load(batch.stream().map(ClaimRevision::getSource).toList());
    }

    @BatchMapping
    Map<Claim, Article> article(List<Claim> batch) {
        return Batches.resolve(batch, Claim::getArticleId,
                Batches.byId(articles.findWithoutBodies(Batches.ids(batch, Claim::getArticleId)), Article::getId));
    }
}
