package news.kathan.person;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A person record merged into another because both were the same person. The merged record is gone; its id
 * keeps resolving, through this row, to the person it became.
 */
@Entity
public class PersonMerge {

    @Id
    private Long mergedId;

    private Long intoId;

    private String mergedBy;

    private Instant mergedAt;

    protected PersonMerge() {
    }

    public PersonMerge(Long mergedId, Long intoId, String mergedBy, Instant mergedAt) {
        this.mergedId = mergedId;
        this.intoId = intoId;
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
    }

    public Long getMergedId() {
        return mergedId;
    }

    public Long getIntoId() {
        return intoId;
    }

    public String getMergedBy() {
        return mergedBy;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }
}
