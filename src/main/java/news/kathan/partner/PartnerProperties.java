package news.kathan.partner;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for partners' writes.
 *
 * @param rateLimit each key's write budget: a bucket of {@code capacity} writes refilled at {@code perMinute}
 */
@ConfigurationProperties("kathan.partners")
record PartnerProperties(RateLimit rateLimit) {

    record RateLimit(int capacity, int perMinute) {
    }
}
