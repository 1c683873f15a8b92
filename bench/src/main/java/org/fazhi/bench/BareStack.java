package org.fazhi.bench;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.glassfish.jersey.jetty.JettyHttpContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.jdbi.v3.core.Jdbi;

/**
 * The startup baseline: the same stack as the server (Jersey on Jetty, Jdbi, SQLite) with nothing of
 * ours in it: one resource at {@code /api/health} that runs {@code SELECT 1} on a SQLite file.
 * {@code BareStack PORT DBFILE}; ProvinceBench starts it in its own JVM like the real server.
 */
public final class BareStack {
    private BareStack() {
    }

    @Path("/api/health")
    public static final class Health {
        private final Jdbi jdbi;

        Health(Jdbi jdbi) {
            this.jdbi = jdbi;
        }

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "ok " + jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + args[1]);
        Server server = JettyHttpContainerFactory.createServer(URI.create("http://127.0.0.1:" + port + "/"),
                new ResourceConfig().register(new Health(jdbi)));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                // stopping anyway
            }
        }));
        server.join();
    }
}
