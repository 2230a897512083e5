package news.kathan.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import news.kathan.outlet.Outlet;
import news.kathan.outlet.OutletKind;
import news.kathan.outlet.OutletRepository;
import news.kathan.text.NameKeys;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, checks and revokes API keys. A key reads {@code kathan_<prefix>_<secret>}: the prefix names the key
 * in lists and logs; the secret is 32 random bytes. Only the SHA-256 of the whole key is stored.
 */
@Component
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final OutletRepository outlets;
    private final Clock clock;

    ApiKeys(ApiKeyRepository keys, OutletRepository outlets, Clock clock) {
        this.keys = keys;
        this.outlets = outlets;
        this.clock = clock;
    }

    /** A key just created: its secret, shown this once, and what it is. */
    public record Created(String key, String name, String prefix, String outlet, Role role) {
    }

    /** What a key is, for listing: never its secret. */
    public record Listed(String name, String prefix, String outlet, Role role, String createdAt, String revokedAt) {
    }

    /**
     * Creates a key for an outlet, found by any of its names. An outlet Kathan does not know yet is created only
     * when asked ({@code createOutlet}), so that a misspelt name does not make a second outlet.
     */
    @Transactional
    public Created create(String name, String outletName, Role role, boolean createOutlet) {
        if (name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("A key needs a name of 1 to 100 characters");
        }
        if (keys.findByName(name).isPresent()) {
            throw new IllegalArgumentException("A key named '" + name + "' exists; names are unique");
        }
        if (NameKeys.of(outletName).isEmpty()) {
            throw new IllegalArgumentException("An outlet name needs letters: '" + outletName + "'");
        }
        Optional<Outlet> known = outlets.findByAliasKey(NameKeys.of(outletName)).stream().findFirst();
        if (known.isEmpty() && !createOutlet) {
            throw new IllegalArgumentException("No outlet is called '" + outletName + "'. Check the name, or add "
                    + "--create-outlet to create it (better: add it to seeds/reference/outlets.yaml)");
        }
        Outlet outlet = known.orElseGet(() -> outlets.save(new Outlet(outletName.strip(), null, OutletKind.OTHER)));
        String prefix = random(6);
        String key = "kathan_" + prefix + "_" + random(32);
        keys.save(new ApiKey(name, prefix, hash(key), outlet.getId(), role, clock.instant()));
        return new Created(key, name, prefix, outlet.getName(), role);
    }

    /** Revokes a key by name or prefix; returns whether one was found. */
    @Transactional
    public boolean revoke(String nameOrPrefix) {
        Optional<ApiKey> key = keys.findByName(nameOrPrefix).or(() -> keys.findByKeyPrefix(nameOrPrefix));
        key.ifPresent(k -> k.revoke(clock.instant()));
        return key.isPresent();
    }

    @Transactional(readOnly = true)
    public List<Listed> list() {
        return keys.findAllByOrderByCreatedAtAsc().stream().map(k -> new Listed(k.getName(), k.getKeyPrefix(),
                outlets.findById(k.getOutletId()).map(o -> o.getName()).orElse("?"), k.getRole(),
                k.getCreatedAt().toString(), k.getRevokedAt() == null ? "" : k.getRevokedAt().toString())).toList();
    }

    /** The partner a presented key belongs to, when it is a valid key that has not been revoked. */
    @Transactional(readOnly = true)
    public Optional<Partner> verify(String presented) {
        if (!presented.startsWith("kathan_") || presented.length() > 100) {
            return Optional.empty();
        }
        return keys.findByKeyHash(hash(presented)).filter(ApiKey::isActive).map(ApiKey::partner);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static String random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).replace('-', 'x').replace('_', 'y');
    }
}
