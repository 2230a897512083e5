package news.kathan.api;

import static org.assertj.core.api.Assertions.assertThat;

import news.kathan.ApiTest;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Requests run on virtual threads where the JDK has them (21 and newer; CI runs the suite on 17 and on 25), so a
 * request waiting for the database holds no platform thread; on JDK 17 Tomcat keeps its pool of platform threads.
 */
@ApiTest
class VirtualThreadsTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void requestsRunOnVirtualThreadsFromJdk21() {
        var executor = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector().getProtocolHandler()
                .getExecutor();
        boolean virtual = executor instanceof VirtualThreadExecutor;
        assertThat(virtual).as("virtual threads on JDK %s", Runtime.version().feature())
                .isEqualTo(Runtime.version().feature() >= 21);
    }
}
