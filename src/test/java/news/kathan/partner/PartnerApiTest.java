package news.kathan.partner;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An end-to-end test of partners' writes over HTTP. These tests change the archive, so they share an application
 * context of their own (never the read tests' one), and each writes articles and names no other test uses. The
 * write budget is set high enough not to get in the way; {@link RateLimitTest} tests it on its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kathan.partners.rate-limit.capacity=100000", "kathan.partners.rate-limit.per-minute=100000"})
@AutoConfigureHttpGraphQlTester
@interface PartnerApiTest {
}
