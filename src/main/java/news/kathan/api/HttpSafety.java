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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every HTTP answer gets before anything else runs: a bounded request body ({@code kathan.api.max-body}),
 * refused with 413 and a GraphQL-shaped error when its declared length is over the limit, and cut off when an
 * undeclared (chunked) body runs past it; and the security headers a browser should see on the explorer, the
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

    HttpSafety(ApiLimits limits) {
        this.limits = limits;
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
        chain.doFilter(declared < 0 ? new BoundedBody(request, max) : request, response);
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

    /** A body of unknown length that fails to read past the limit, so the request is refused as unreadable. */
    private static final class BoundedBody extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream bounded;

        BoundedBody(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                ServletInputStream in = super.getInputStream();
                bounded = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
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
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return bounded;
        }
    }
}
