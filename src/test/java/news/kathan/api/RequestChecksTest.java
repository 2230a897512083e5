package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import news.kathan.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * Kathan's checks on a request reach graphql-java as one instrumentation, which each field of a page passes through
 * once, not once per check; the checks themselves are tested by LimitsTest and TimeoutTest.
 */
@ApiTest
class RequestChecksTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void theEngineChainsOneInstrumentationOfKathansBesideMicrometers() {
        Instrumentation engine = graphQlSource.graphQl().getInstrumentation();
        List<Instrumentation> chained = engine instanceof ChainedInstrumentation chain
                ? chain.getInstrumentations() : List.of(engine);
        assertThat(chained).filteredOn(i -> i.getClass().getName().startsWith("news.kathan"))
                .singleElement().isInstanceOf(RequestChecks.class);
        assertThat(chained).hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void everyPointACheckActsAtIsForwardedToIt() {
        RequestChecks checks = (RequestChecks) ((ChainedInstrumentation) graphQlSource.graphQl().getInstrumentation())
                .getInstrumentations().stream().filter(RequestChecks.class::isInstance).findFirst().orElseThrow();
        Set<String> points = Arrays.stream(Instrumentation.class.getMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        for (Instrumentation check : checks.checks()) {
            for (Class<?> type = check.getClass(); type != SimplePerformantInstrumentation.class;
                 type = type.getSuperclass()) {
                Arrays.stream(type.getDeclaredMethods()).map(Method::getName).filter(points::contains)
                        .forEach(used::add);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(RequestChecks.FORWARDED).containsAll(used);
    }
}
