package news.kathan.partner;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A partner's API key, stored as the SHA-256 of the key: the key itself is shown once, when created. Keys are
 * long random strings, so a plain hash is enough; there is nothing to guess that a slow hash would protect.
 */
@Entity
class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    private Long id;

    private String name;

    private String keyPrefix;

    private String keyHash;

    private Long outletId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Role role;

    private Instant createdAt;

    private @Nullable Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(String name, String keyPrefix, String keyHash, Long outletId, Role role, Instant createdAt) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.outletId = outletId;
        this.role = role;
        this.createdAt = createdAt;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean isActive() {
        return revokedAt == null;
    }

    Partner partner() {
        return new Partner(id, name, outletId, role);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getKeyPrefix() {
        return keyPrefix;
    }

    String getKeyHash() {
        return keyHash;
    }

    Long getOutletId() {
        return outletId;
    }

    Role getRole() {
        return role;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable Instant getRevokedAt() {
        return revokedAt;
    }
}
