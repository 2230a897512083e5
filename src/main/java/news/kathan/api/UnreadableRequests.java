package news.kathan.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A body the GraphQL endpoint cannot read (malformed JSON, bytes that are not UTF-8, a body cut off at the size
 * limit) is the client's mistake: 400, with a GraphQL-shaped error ({@code BAD_REQUEST}) in the media type the
 * client accepts, rather than the servlet container's error page. What the parser said is not repeated, since it
 * may quote the body back.
 */
@Component
class UnreadableRequests implements HandlerExceptionResolver, Ordered {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                                   @Nullable Object handler, Exception exception) {
        if (!(exception instanceof HttpMessageNotReadableException) || response.isCommitted()) {
            return null;
        }
        String accept = request.getHeader("Accept");
        MediaType type = accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(GRAPHQL_RESPONSE::equalsTypeAndSubtype) ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
        try {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(type + ";charset=UTF-8");
            response.getOutputStream().write(("{\"errors\":[{\"message\":\"The request body is not a GraphQL "
                    + "request in JSON (UTF-8)\",\"extensions\":{\"code\":\"" + ErrorCode.BAD_REQUEST.name()
                    + "\"}}]}").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
