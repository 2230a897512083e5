package news.kathan.api;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
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
                new GlobalId(type, persistence))));
    }

    /**
     * Trivial in graphql-java's sense (it reads the source object and nothing else), so that Spring for GraphQL
     * neither wraps it for context propagation nor times it as a data fetcher: every node of every page has an id.
     */
    private record GlobalId(String type, PersistenceUnitUtil persistence) implements TrivialDataFetcher<String> {

        @Override
        public String get(DataFetchingEnvironment env) {
            return NodeId.encode(type, (Long) persistence.getIdentifier(env.getSource()));
        }
    }
}
