package org.fazhi.web.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * CSS, scripts and icons from the jar, so pages work on an offline office network. File names
 * are one plain word with an extension: no folders, so no path can climb out of {@code static/}.
 */
@Path("/")
public final class StaticResource {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,60}\\.(css|js|svg|png|ico|woff2)");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2");
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @GET
    @Path("static/{name}")
    public Response file(@PathParam("name") String name) {
        if (!NAME.matcher(name).matches()) {
            throw new NotFoundException();
        }
        byte[] body = cache.computeIfAbsent(name, StaticResource::load);
        if (body.length == 0) {
            throw new NotFoundException();
        }
        CacheControl cc = new CacheControl();
        cc.setMaxAge(3600);
        return Response.ok(body).type(TYPES.get(name.substring(name.lastIndexOf('.') + 1))).cacheControl(cc).build();
    }

    @GET
    @Path("favicon.ico")
    public Response favicon() {
        return file("favicon.svg");
    }

    private static byte[] load(String name) {
        try (InputStream in = StaticResource.class.getClassLoader().getResourceAsStream("static/" + name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
