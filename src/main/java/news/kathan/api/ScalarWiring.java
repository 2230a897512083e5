package news.kathan.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The custom scalars of the schema. */
@Configuration(proxyBeanMethods = false)
class ScalarWiring {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(DateScalar.DATE).scalar(DateScalar.DATE_TIME);
    }
}
