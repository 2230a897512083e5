package news.kathan.api;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;

/**
 * Kathan's controller methods run on the thread that executes the request, not each on a thread of its own.
 *
 * <p>Spring Boot hands the application's task executor (virtual threads from JDK 21) to Spring for GraphQL, which
 * then invokes every controller method that returns a plain value on it: a page of quotes with speakers, articles
 * and outlets became six hand-offs between threads, each completing futures that graphql-java then resumed on yet
 * another thread. Their only gain is that batch loads of one level run side by side, and on a machine whose CPUs
 * are busy serving that gain is negative: measured on PostgreSQL with 30,000 articles, quotes by person went from
 * 227 to 308 requests/s and from 5.8 to 4.3 ms of JVM CPU per request; claims and events did not change, as
 * their time is in the database (docs/benchmarks.md). The request thread is itself virtual from JDK 21, so a
 * request waiting for the database still holds no platform thread. A deadline still cancels a request between
 * two fields ({@link Timeouts}), and every statement has its own timeout.
 */
@Configuration(proxyBeanMethods = false)
class ControllerThreads {

    @Bean
    static BeanPostProcessor controllerMethodsOnTheRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    // No method counts as blocking, so none is sent to the executor.
                    configurer.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
    }
}
