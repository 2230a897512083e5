package news.kathan.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every HTTP answer gets before anything else runs: a bounded request body ({@code kathan.api.max-body}),
 * refused with 413 and a GraphQL-shaped error when its declared length is over the limit, and cut off when an
 * undeclared (chunked) body runs past it; a GraphQL POST whose body is not a JSON object refused with 400; and
 * the security headers a browser should see on the explorer, the
 * playground and the API (no sniffing, no framing, no referrer, and a content security policy that allows only
 * the server's own scripts, styles, fonts and connections).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class HttpSafety extends OncePerRequestFilter {

    /**
     * Only the server's own assets. Inline styles are allowed because GraphiQL and the explorer set style
     * attributes from script; scripts stay 'self' only. WebSocket (ws:, wss:) is for the subscription.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'; object-src 'none'";

    private final ApiLimits limits;
    private final String graphQlPath;

    HttpSafety(ApiLimits limits, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        this.limits = limits;
        this.graphQlPath = graphQlPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        long max = limits.maxBody().toBytes();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            tooLarge(response, max, declared);
            return;
        }
        if (!"POST".equals(request.getMethod()) || !request.getRequestURI().equals(graphQlPath)) {
            chain.doFilter(request, response);
            return;
        }
        GraphQlBody body = new GraphQlBody(request, declared < 0 ? max : Long.MAX_VALUE);
        if (!body.startsWithObject()) {
            notARequest(response);
            return;
        }
        chain.doFilter(body, response);
    }

    /**
     * A GraphQL request is a JSON object; a body that is empty, null, an array or a string would otherwise reach
     * the endpoint as no request at all (and Spring for GraphQL answers that with a 500).
     */
    private static void notARequest(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(("{\"errors\":[{\"message\":\"A GraphQL request is a JSON object with a "
                + "query\",\"extensions\":{\"code\":\"" + ErrorCode.BAD_REQUEST.name() + "\"}}]}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void tooLarge(HttpServletResponse response, long max, long declared) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader("Connection", "close");
        String body = "{\"errors\":[{\"message\":\"The request body has " + declared + " bytes; the limit "
                + "(bodyBytes) is " + max + "\",\"extensions\":{\"code\":\"" + ErrorCode.LIMIT_EXCEEDED.name()
                + "\",\"limit\":\"bodyBytes\",\"max\":" + max + ",\"actual\":" + declared + "}}]}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The body of a GraphQL POST: read up to its first significant byte to see that it opens a JSON object (the
     * whitespace before it is dropped, the byte itself handed back), and, when its length was not declared, cut
     * off past the limit so that reading it fails as unreadable.
     */
    private static final class GraphQlBody extends HttpServletRequestWrapper {

        private final ServletInputStream in;
        private final long max;
        private int first = -2;
        private long read;

        GraphQlBody(HttpServletRequest request, long max) throws IOException {
            super(request);
            this.in = request.getInputStream();
            this.max = max;
        }

        boolean startsWithObject() throws IOException {
            int b;
            do {
                b = in.read();
            } while (b == ' ' || b == '\t' || b == '\n' || b == '\r');
            first = b;
            if (b >= 0) {
                read = 1;
            }
            return b == '{';
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    if (first >= 0) {
                        int b = first;
                        first = -1;
                        return b;
                    }
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (length == 0) {
                        return 0;
                    }
                    if (first >= 0) {
                        buffer[offset] = (byte) first;
                        first = -1;
                        return 1;
                    }
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > max) {
                        throw new IOException("The request body is longer than " + max + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return first < 0 && in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return first >= 0 || in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
