package org.fazhi.web.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.glassfish.jersey.server.ContainerRequest;
import org.fazhi.web.errors.ApiError;
import org.fazhi.web.errors.HttpProblem;

/**
 * Every form is saved once. Each form a page renders carries a one-time token ({@code _once}); the first post
 * of a token does the work, and any later post of the same token — a double click on 保存, a form sent
 * again after Back, a page reloaded after posting — is answered with the first post's result (the same
 * redirect) instead of doing the work again. A second post that arrives while the first is still running
 * waits for it. A first post that was refused (a field to correct) frees its token, and the form shown again
 * carries that same token ({@link #tokens()}): a form keeps one token until a post of it is saved, so the form as
 * first opened, reached again by Back past the refused page (app.js puts its sent token back), is answered with
 * that save's result instead of saving a second record.
 */
@Priority(Priorities.AUTHORIZATION + 10)
public final class FormOnce implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String FIELD = "_once";
    private static final String KEY = "fazhi.once";
    /** Tokens remembered; each is a form someone saved, kept long enough for any Back button. */
    private static final int REMEMBERED = 20_000;
    private static final long WAIT_SECONDS = 15;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The characters of a token shared by one page's forms; the form's counter follows them. */
    private static final int PAGE_CHARS = 16;
    /**
     * The form this request posts, for the page rendered in answer to it. The request's thread runs the filters,
     * the resource (where the page's {@link #tokens()} are made) and the rendering one after the other.
     */
    private static final ThreadLocal<Sent> SENT = new ThreadLocal<>();

    /** A posted form's token and whether its post was refused (known once the response is made). */
    private static final class Sent {
        final String token;
        volatile boolean refused;

        Sent(String token) {
            this.token = token;
        }
    }

    private final Map<String, CompletableFuture<URI>> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompletableFuture<URI>> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * A fresh token per call, for {@code {{#once}}{{/once}}} in a template: every form gets its own. One page's
     * tokens share 96 random bits and differ by a counter: a page of 2,000 units carries 2,000 delete forms, and
     * a draw from the shared SecureRandom for each was a lock every rendering thread queued on.
     * <p>
     * The page that answers a refused post is that form's page again, its forms in the same order: the form at the
     * posted token's place gets the posted token back, so that the form keeps its token until it is saved; every
     * other form gets a fresh one.
     */
    public static Function<String, String> tokens() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        String page = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        java.util.concurrent.atomic.AtomicInteger form = new java.util.concurrent.atomic.AtomicInteger();
        Sent sent = SENT.get();
        int again = sent == null ? -1 : place(sent.token);
        return ignored -> {
            int n = form.incrementAndGet();
            return n == again && sent.refused ? sent.token : page + Integer.toString(n, 36);
        };
    }

    /** The form's place on its page that a token of {@link #tokens()} carries, or -1 for any other text. */
    private static int place(String token) {
        if (token.length() <= PAGE_CHARS || token.length() > PAGE_CHARS + 6
                || !token.substring(0, PAGE_CHARS).matches("[A-Za-z0-9_-]+")) {
            return -1;
        }
        try {
            int n = Integer.parseInt(token.substring(PAGE_CHARS), 36);
            return n > 0 ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void filter(ContainerRequestContext ctx) {
        SENT.remove();
        CurrentUser user = CurrentUser.orNull(ctx);
        if (user == null || !"POST".equals(ctx.getMethod())) {
            return;
        }
        String once = token(ctx);
        if (once == null || once.isBlank() || once.length() > 64) {
            return;
        }
        // The path too: a token that a refused page gave back to another form (it goes by the form's place on the
        // page) then stands for that form's post alone, never answering it with another form's result.
        String key = user.csrfToken() + ":" + ctx.getUriInfo().getPath() + ":" + once;
        CompletableFuture<URI> mine = new CompletableFuture<>();
        URI done = null;
        while (done == null) {
            CompletableFuture<URI> first;
            synchronized (seen) {
                first = seen.putIfAbsent(key, mine);
            }
            if (first == null) {
                ctx.setProperty(KEY, key);
                SENT.set(new Sent(once));
                return;
            }
            try {
                done = first.get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // The first post was refused: this one is a new try with the same form, and its result the form's.
            } catch (java.util.concurrent.TimeoutException e) {
                throw new HttpProblem(409, ApiError.CONFLICT, "同一表单正在保存,请稍候刷新页面查看结果,不要重复提交", null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        ctx.abortWith(Response.seeOther(done).build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Sent sent = SENT.get();
        SENT.remove();
        if (sent != null) {
            // Read when the page is rendered, after this: a refused form's page gives its token back.
            sent.refused = response.getStatus() / 100 == 4;
        }
        Object key = request.getProperty(KEY);
        if (key == null) {
            return;
        }
        CompletableFuture<URI> entry;
        synchronized (seen) {
            entry = seen.get(key);
        }
        if (entry == null) {
            return;
        }
        URI location = response.getLocation();
        if (response.getStatus() / 100 == 3 && location != null) {
            entry.complete(location);
        } else {
            synchronized (seen) {
                seen.remove(key);
            }
            entry.completeExceptionally(new IllegalStateException("refused: " + response.getStatus()));
        }
    }

    private static String token(ContainerRequestContext ctx) {
        String q = ctx.getUriInfo().getQueryParameters().getFirst(FIELD);
        if (q != null) {
            return q;
        }
        if (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(ctx.getMediaType())) {
            ContainerRequest req = (ContainerRequest) ctx;
            req.bufferEntity();
            Form form = req.readEntity(Form.class);
            return form == null ? null : form.asMap().getFirst(FIELD);
        }
        return null;
    }
}
