package news.kathan.api;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Wires the {@code id} field of every Node type once: the global id of the entity behind it. Entities are named
 * like their GraphQL types, which is also how Spring for GraphQL resolves the Node interface and the Source union.
 */
@Configuration(proxyBeanMethods = false)
class NodeWiring {

    @Bean
    RuntimeWiringConfigurer nodeIds(EntityManagerFactory entityManagerFactory) {
        PersistenceUnitUtil persistence = entityManagerFactory.getPersistenceUnitUtil();
        return wiring -> NodeId.TYPES.forEach(type -> wiring.type(type, fields -> fields.dataFetcher("id",
                env -> NodeId.encode(type, (Long) persistence.getIdentifier(env.getSource())))));
    }
}
