package org.fazhi.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.fazhi.storage.Database;
import org.fazhi.web.pages.Version;

/** GET /api/health: answers without login once the database answers. */
@Path("/api/health")
@Produces(MediaType.APPLICATION_JSON)
public record HealthResource(Database db) {
    @GET
    public Map<String, String> health() {
        db.ping();
        return Map.of("status", "ok", "version", Version.current());
    }
}
