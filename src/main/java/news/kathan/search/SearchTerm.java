package news.kathan.search;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import news.kathan.article.Status;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One row of the word index, mapped so that filters can use it in a criteria subquery and so that Hibernate
 * validates the table. Rows are never loaded or saved as entities: {@link SearchIndex} writes them with SQL, many
 * at a time, and rewrites a record's rows whenever the record changes.
 */
@Entity
@Immutable
class SearchTerm {

    @EmbeddedId
    private Key id;

    private Long articleId;

    private int weight;

    private @Nullable Integer publishedDay;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status;

    protected SearchTerm() {
    }

    /** A term of one record. */
    @Embeddable
    record Key(String term,
               @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) SearchKind kind,
               Long recordId) {
    }
}
