package org.fazhi.web.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.glassfish.jersey.server.ContainerRequest;
import org.fazhi.web.errors.HttpProblem;

/**
 * Every change made with a session cookie must carry the session's CSRF token, as the form field
 * {@code _csrf} or the header {@code X-CSRF-Token}; otherwise another site could make the user's
 * browser post forms here. Bearer-token requests need none: browsers never attach those by themselves.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public final class CsrfFilter implements ContainerRequestFilter {
    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext ctx) {
        CurrentUser user = CurrentUser.orNull(ctx);
        if (user == null || !user.viaCookie() || SAFE.contains(ctx.getMethod())) {
            return;
        }
        String sent = ctx.getHeaderString(HEADER);
        if (sent == null && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(ctx.getMediaType())) {
            ContainerRequest req = (ContainerRequest) ctx;
            req.bufferEntity();
            Form form = req.readEntity(Form.class);
            sent = form == null ? null : form.asMap().getFirst(FIELD);
        }
        if (sent == null) {
            sent = ctx.getUriInfo().getQueryParameters().getFirst(FIELD);
        }
        if (!matches(sent, user.csrfToken())) {
            throw HttpProblem.forbidden("安全校验失败(缺少或错误的 CSRF 令牌),请刷新页面后重试");
        }
    }

    public static boolean matches(String sent, String expected) {
        return sent != null && expected != null && MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
