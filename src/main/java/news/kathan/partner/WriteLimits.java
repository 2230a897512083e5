package news.kathan.partner;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import news.kathan.api.RateLimitedException;
import org.springframework.stereotype.Component;

/**
 * Rate limits on writes, one token bucket per API key (Bucket4j): a burst of {@code capacity} writes, refilled
 * at {@code perMinute}. The buckets live in this instance; behind a load balancer each instance keeps its own,
 * which bounds a key's rate at instances × limit (Bucket4j's JDBC or Redis backends would share them).
 */
@Component
class WriteLimits {

    /** A key's budget after a write: its size, what is left, and when it is full again. */
    record Budget(long limit, long remaining, long resetSeconds) {
    }

    private final PartnerProperties.RateLimit settings;
    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    WriteLimits(PartnerProperties properties) {
        this.settings = properties.rateLimit();
    }

    /** Takes one write from the key's budget, or refuses it with the time to wait. */
    Budget take(Partner partner) {
        Bucket bucket = buckets.computeIfAbsent(partner.keyId(), key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(settings.capacity())
                        .refillGreedy(settings.perMinute(), Duration.ofMinutes(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long wait = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new RateLimitedException("The key has used its write budget of " + settings.capacity()
                    + " writes; it refills at " + settings.perMinute() + " a minute", wait);
        }
        long missing = settings.capacity() - probe.getRemainingTokens();
        long reset = (long) Math.ceil(missing * 60.0 / settings.perMinute());
        return new Budget(settings.capacity(), probe.getRemainingTokens(), reset);
    }
}
