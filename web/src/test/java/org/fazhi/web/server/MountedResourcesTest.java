package org.fazhi.web.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.glassfish.jersey.server.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * What {@link MountedResources} promises: a resource of its own path is mounted as a locator and read at its first
 * request, with the addresses, answers, 404s and 405s it had as a root resource; a resource with {@code @Context}
 * fields, resources sharing a path and everything that is not a resource are registered as usual.
 */
class MountedResourcesTest {

    @Path("/things")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class Things {
        @GET
        public String list() {
            return "list";
        }

        @GET
        @Path("{id}")
        public String one(@PathParam("id") long id) {
            return "one " + id;
        }

        @POST
        @Path("{id}/edit")
        public String edit(@PathParam("id") long id) {
            return "edit " + id;
        }
    }

    /** A longer path below another mount: chosen for its own addresses, as between root resources. */
    @Path("/things/special")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class Special {
        @GET
        public String get() {
            return "special";
        }
    }

    /** Fields Jersey fills: registered as usual, since what a locator hands out is not filled. */
    @Path("/uri")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class WithField {
        @Context
        private UriInfo uri;

        @GET
        public String path() {
            return uri.getPath();
        }
    }

    /** Two classes on one path: both registered as usual (one mount has one locator). */
    @Path("/shared")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class SharedA {
        @GET
        @Path("a")
        public String a() {
            return "a";
        }
    }

    @Path("/shared")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class SharedB {
        @GET
        @Path("b")
        public String b() {
            return "b";
        }
    }

    /** Not a resource: a filter that marks every response, registered as usual and run for mounted resources too. */
    public static final class Marker implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            response.getHeaders().putSingle("X-Seen", "yes");
        }
    }

    private static MountedResources app() {
        MountedResources rc = new MountedResources();
        rc.register(new Things());
        rc.register(new Special());
        rc.register(new WithField());
        rc.register(new SharedA());
        rc.register(new SharedB());
        rc.register(new Marker());
        return rc.mount();
    }

    @Test
    void onlyResourcesOfTheirOwnPathAreMountedAndTheirMethodsAreNotReadAtStart() {
        MountedResources app = app();
        Map<String, Resource> mounts = app.getResources().stream().collect(Collectors.toMap(Resource::getPath, Function.identity()));
        assertEquals(java.util.Set.of("/things", "/things/special"), mounts.keySet());
        for (Resource r : mounts.values()) {
            assertNotNull(r.getResourceLocator(), r.getPath() + " is a locator");
            assertTrue(r.getResourceMethods().isEmpty() && r.getChildResources().isEmpty(), r.getPath() + " has no methods read");
        }
        assertEquals(java.util.Set.of(WithField.class, SharedA.class, SharedB.class, Marker.class),
                app.getInstances().stream().map(Object::getClass).collect(Collectors.toSet()), "registered as usual");
    }

    @Test
    void aMountedResourceAnswersAsARootResourceDid() throws Exception {
        Server jetty = JettyHttpContainerFactory.createServer(URI.create("http://127.0.0.1:0/"), app());
        try {
            String base = "http://127.0.0.1:" + ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
            HttpClient http = HttpClient.newHttpClient();
            Function<HttpRequest.Builder, HttpResponse<String>> send = b -> {
                try {
                    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            };
            Map<String, String> gets = Map.of("/things", "200 list", "/things/5", "200 one 5", "/things/special", "200 special",
                    "/things/x", "404 ", "/uri", "200 uri", "/shared/a", "200 a", "/shared/b", "200 b", "/things/5/edit", "405 ");
            for (Map.Entry<String, String> g : gets.entrySet()) {
                HttpResponse<String> r = send.apply(HttpRequest.newBuilder(URI.create(base + g.getKey())));
                String body = r.statusCode() == 200 ? r.body() : "";
                assertEquals(g.getValue(), r.statusCode() + " " + body, g.getKey());
                assertEquals("yes", r.headers().firstValue("X-Seen").orElse(""), g.getKey() + ": the filter ran");
            }
            HttpResponse<String> edit = send.apply(HttpRequest.newBuilder(URI.create(base + "/things/7/edit"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            assertEquals("edit 7", edit.body());
            HttpResponse<String> options = send.apply(HttpRequest.newBuilder(URI.create(base + "/things"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, options.statusCode());
            assertTrue(options.headers().firstValue("Allow").orElse("").contains("GET"), options.headers().toString());
        } finally {
            jetty.stop();
        }
    }
}
