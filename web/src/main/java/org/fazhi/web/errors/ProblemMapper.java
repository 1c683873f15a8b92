package org.fazhi.web.errors;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.fazhi.web.auth.Cookies;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.ErrorPage;
import org.glassfish.jersey.server.ContainerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every exception ends here: the API answers {error, message, field}; pages answer with an error
 * page (or the login page when not signed in). Only our own faults are logged with a stack trace.
 */
@Provider
public final class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    private UriInfo uri;

    @Context
    private jakarta.inject.Provider<ContainerRequest> request;

    private final ErrorPage errorPage;

    public ProblemMapper(ErrorPage errorPage) {
        this.errorPage = errorPage;
    }

    @Override
    public Response toResponse(Throwable e) {
        Problems.Answer a = Problems.classify(e);
        if (a.serverFault()) {
            LOG.error("请求 {} 出错", uri == null ? "?" : uri.getRequestUri(), e);
        } else if (a.storageFault()) {
            LOG.warn("请求 {} 未能保存:{}({})", uri == null ? "?" : uri.getRequestUri(), a.body().message(), rootCause(e));
        } else {
            LOG.debug("请求被拒绝: {} {}", a.status(), a.body().message());
        }
        String path = uri == null ? "" : uri.getPath();
        if (isApi(path)) {
            Response.ResponseBuilder r = Response.status(a.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(a.body());
            if (a.status() == 401) {
                r.header("WWW-Authenticate", "Bearer");
            }
            if (a.status() == 413) {
                // The rest of the oversized body is not read; the connection cannot be reused.
                r.header("Connection", "close");
            }
            return r.build();
        }
        if (a.status() == 401) {
            return toLogin(path);
        }
        return Response.status(a.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(errorPage.view(currentUser(), a.status(), a.body().message())).build();
    }

    /**
     * To the login page, then back to the page the user was on: the page asked for, with its query; for a form
     * posted (a save), the page that held the form (its Referer, which the Referrer-Policy keeps to this site),
     * never the POST's target, which may have no page of its own. A request that still carried a session
     * cookie had its session expire or end, and the login page says so ({@code expired=1}).
     */
    private Response toLogin(String path) {
        ContainerRequest req = request == null ? null : request.get();
        String next = "/" + path;
        boolean expired = false;
        if (req != null) {
            String method = req.getMethod();
            if ("GET".equals(method) || "HEAD".equals(method)) {
                String query = req.getRequestUri().getRawQuery();
                next = query == null ? next : next + "?" + query;
            } else {
                next = formPage(req.getHeaderString("Referer"));
            }
            expired = req.getCookies().containsKey(Cookies.SESSION);
        }
        return Response.seeOther(URI.create("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
                + (expired ? "&expired=1" : ""))).build();
    }

    /** The path and query of the page a form was posted from; "/" when the browser did not say. */
    private static String formPage(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            URI from = URI.create(referer);
            String p = from.getRawPath();
            if (p == null || !p.startsWith("/")) {
                return "/";
            }
            // Only the path counts (the login page checks it again): a Referer cannot lead to another site.
            return from.getRawQuery() == null ? p : p + "?" + from.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private CurrentUser currentUser() {
        try {
            return request == null ? null : CurrentUser.orNull(request.get());
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static boolean isApi(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("api") || p.startsWith("api/");
    }
}
