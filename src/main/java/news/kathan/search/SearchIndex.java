package news.kathan.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.kathan.api.BadRequestException;
import news.kathan.api.Cursor;
import news.kathan.article.Article;
import news.kathan.article.AttributedText;
import news.kathan.article.Status;
import news.kathan.claim.Claim;
import news.kathan.quote.Quote;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The word index: writes the search_term rows of articles, quotes and claims, and finds and ranks records by
 * them. Everything search needs from the database goes through here, in SQL that H2 and PostgreSQL both run, so
 * that moving the index elsewhere (a search engine) would change this class and nothing else.
 *
 * <p>Ranking: records that contain more of the query's words first; then by the weight of the rows matched (a
 * word in a title weighs 3, in a quote or claim 2, in a body 1, and a word matched by its spelling key as well as
 * its name key counts twice); then the most recently published; then by kind and id, so that the order is total
 * and a keyset cursor can continue it.
 */
@Repository
public class SearchIndex {

    static final int TITLE = 3;
    static final int RECORD_TEXT = 2;
    static final int BODY = 1;
    /** Stands for "no publication date" in the ranking: undated records come after every dated one. */
    static final int UNDATED = -1_000_000;

    /** Rows per insert statement: a few hundred keeps statements few and parameters well under any limit. */
    private static final int ROWS_PER_INSERT = 250;

    private final EntityManager entityManager;
    /** The bound every query has (jakarta.persistence.query.timeout, in ms), for the statements sent directly. */
    private final int queryTimeoutSeconds;

    SearchIndex(EntityManager entityManager) {
        this.entityManager = entityManager;
        Object timeout = entityManager.getEntityManagerFactory().getProperties()
                .get("jakarta.persistence.query.timeout");
        this.queryTimeoutSeconds = timeout == null ? 0
                : (int) Math.max(1, (Long.parseLong(timeout.toString()) + 999) / 1000);
    }

    /** One found record and the values it is ranked by, which are also its cursor. */
    public record Hit(SearchKind kind, long recordId, int matched, long weight, int recency) {

        Cursor cursor() {
            return Cursor.of(matched, weight, recency, kind.name(), recordId);
        }

        static Hit after(Cursor cursor) {
            try {
                return new Hit(SearchKind.valueOf(cursor.value(3)), cursor.longValue(4),
                        Math.toIntExact(cursor.longValue(0)), cursor.longValue(1),
                        Math.toIntExact(cursor.longValue(2)));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new BadRequestException("Invalid cursor: use a cursor returned by this connection");
            }
        }
    }

    /**
     * Replaces the rows of an article and of its quotes and claims: called by ingestion for every new article
     * and every new version, in its transaction (there must be one), with all the records the article now has.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void indexArticle(Article article, Collection<? extends AttributedText> records) {
        // the rows refer to the article, which must be written first
        entityManager.flush();
        entityManager.createNativeQuery("delete from search_term where article_id = :article")
                .setParameter("article", article.getId())
                .executeUpdate();
        List<Row> rows = new ArrayList<>(articleRows(article));
        for (AttributedText record : records) {
            rows.addAll(recordRows(record, article));
        }
        insert(rows);
    }

    /** Replaces the rows of a quote or claim whose text or status a correction changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void indexRecord(AttributedText record, Article article) {
        entityManager.flush();
        entityManager.createNativeQuery("delete from search_term where kind = :kind and record_id = :id")
                .setParameter("kind", kindOf(record).name())
                .setParameter("id", record.getId())
                .executeUpdate();
        insert(recordRows(record, article));
    }

    /** Ids of stored articles that have no rows: stored before the index existed. */
    List<Long> articlesWithoutTerms() {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("select a.id from article a where not exists "
                + "(select 1 from search_term t where t.article_id = a.id) order by a.id").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    boolean hasTerms(long articleId) {
        return !entityManager.createNativeQuery("select 1 from search_term where article_id = :article")
                .setParameter("article", articleId).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * At most {@code limit} hits in rank order, strictly after the cursor's hit. Retracted records are left out.
     * Read-only, like every repository read, so that a routing data source may send it to a replica.
     */
    @Transactional(readOnly = true)
    public List<Hit> hits(SearchQuery query, @Nullable Cursor after, int limit) {
        StringBuilder matched = new StringBuilder();
        for (int i = 0; i < query.words().size(); i++) {
            matched.append(i == 0 ? "" : " + ").append("max(case when t.term in (:word").append(i)
                    .append(") then 1 else 0 end)");
        }
        String sql = "select kind, record_id, matched, weight_sum, recency from ("
                + "select t.kind as kind, t.record_id as record_id, " + matched + " as matched, "
                + "sum(t.weight) as weight_sum, coalesce(max(t.published_day), " + UNDATED + ") as recency "
                + "from search_term t where t.term in (:terms) and t.status = 'ACTIVE' "
                + "group by t.kind, t.record_id) hit"
                + (after == null ? "" : " where matched < :matched or matched = :matched and (weight_sum < :weight"
                + " or weight_sum = :weight and (recency < :recency or recency = :recency and (kind > :kind"
                + " or kind = :kind and record_id > :id)))")
                + " order by matched desc, weight_sum desc, recency desc, kind, record_id";
        Query select = entityManager.createNativeQuery(sql).setParameter("terms", query.terms());
        for (int i = 0; i < query.words().size(); i++) {
            select.setParameter("word" + i, query.words().get(i).terms());
        }
        if (after != null) {
            Hit last = Hit.after(after);
            select.setParameter("matched", last.matched()).setParameter("weight", last.weight())
                    .setParameter("recency", last.recency()).setParameter("kind", last.kind().name())
                    .setParameter("id", last.recordId());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setMaxResults(limit).getResultList();
        return rows.stream().map(row -> new Hit(SearchKind.valueOf((String) row[0]), ((Number) row[1]).longValue(),
                ((Number) row[2]).intValue(), ((Number) row[3]).longValue(), ((Number) row[4]).intValue())).toList();
    }

    /** How many records the query finds, over all pages. */
    @Transactional(readOnly = true)
    public int count(SearchQuery query) {
        Number count = (Number) entityManager.createNativeQuery("select count(*) from (select t.kind from "
                        + "search_term t where t.term in (:terms) and t.status = 'ACTIVE' "
                        + "group by t.kind, t.record_id) hit")
                .setParameter("terms", query.terms())
                .getSingleResult();
        return count.intValue();
    }

    /** One row of search_term. */
    private record Row(String term, SearchKind kind, long recordId, long articleId, int weight,
                       @Nullable Integer publishedDay, Status status) {
    }

    private static List<Row> articleRows(Article article) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        addTerms(weights, article.getTitle(), TITLE);
        addTerms(weights, article.getBody(), BODY);
        return rows(weights, SearchKind.ARTICLE, article.getId(), article, Status.ACTIVE);
    }

    private static List<Row> recordRows(AttributedText record, Article article) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        addTerms(weights, record.getText(), RECORD_TEXT);
        return rows(weights, kindOf(record), record.getId(), article, record.getStatus());
    }

    /** A term found in several places of a record keeps the heaviest place. */
    private static void addTerms(Map<String, Integer> weights, String text, int weight) {
        for (SearchWords.Word word : SearchWords.of(text)) {
            for (String term : word.terms()) {
                weights.merge(term, weight, Math::max);
            }
        }
    }

    private static List<Row> rows(Map<String, Integer> weights, SearchKind kind, long recordId, Article article,
                                  Status status) {
        Integer day = article.getPublishedOn() == null ? null : Math.toIntExact(article.getPublishedOn().toEpochDay());
        return weights.entrySet().stream()
                .map(e -> new Row(e.getKey(), kind, recordId, article.getId(), e.getValue(), day, status))
                .toList();
    }

    private static SearchKind kindOf(AttributedText record) {
        if (record instanceof Quote) {
            return SearchKind.QUOTE;
        }
        if (record instanceof Claim) {
            return SearchKind.CLAIM;
        }
        throw new IllegalArgumentException("Not a searchable record: " + record.getClass());
    }

    /** Multi-row inserts (portable VALUES lists), a few hundred rows each. */
    /**
     * Writes rows in statements of a few hundred, through the session's own connection (in its transaction): as
     * plain JDBC, since binding the thousands of parameters of these statements through a Hibernate native query
     * cost more than the database's work of storing them. The statements sent are the same, with the same
     * timeout as every other query.
     */
    private void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
                StringBuilder sql = new StringBuilder("insert into search_term "
                        + "(term, kind, record_id, article_id, weight, published_day, status) values ");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)");
                }
                try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                    if (queryTimeoutSeconds > 0) {
                        insert.setQueryTimeout(queryTimeoutSeconds);
                    }
                    int p = 0;
                    for (Row row : chunk) {
                        insert.setString(++p, row.term());
                        insert.setString(++p, row.kind().name());
                        insert.setLong(++p, row.recordId());
                        insert.setLong(++p, row.articleId());
                        insert.setInt(++p, row.weight());
                        if (row.publishedDay() == null) {
                            insert.setNull(++p, Types.INTEGER);
                        } else {
                            insert.setInt(++p, row.publishedDay());
                        }
                        insert.setString(++p, row.status().name());
                    }
                    insert.executeUpdate();
                }
            }
        });
    }

}
