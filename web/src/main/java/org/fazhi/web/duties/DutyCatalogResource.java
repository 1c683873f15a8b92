package org.fazhi.web.duties;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.fazhi.duty.duties.CatalogVersion;
import org.fazhi.duty.duties.DutyCatalogService;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.duties.CatalogJson.EntryJson;
import org.fazhi.web.duties.CatalogJson.VersionInput;
import org.fazhi.web.duties.CatalogJson.VersionJson;

/** The duty catalogue: everyone reads it, admins publish new versions. Each path is its own root resource. */
public final class DutyCatalogResource {
    private DutyCatalogResource() {
    }

    /** GET /api/duty-catalog[?year=]: the entries of the version that applies to the year (default this year). */
    @Path("/api/duty-catalog")
    @Produces(MediaType.APPLICATION_JSON)
    public record Current(DutyCatalogService catalog) {
        @GET
        public List<EntryJson> get(@Context ContainerRequestContext ctx, @QueryParam("year") String year) {
            CurrentUser.of(ctx);
            Integer y = Params.optionalYear(year);
            return CatalogJson.entries(y == null ? catalog.current() : catalog.forYear(y));
        }
    }

    /** GET /api/duty-catalog/versions (newest first, with entries); POST a new version (admins) → 201. */
    @Path("/api/duty-catalog/versions")
    @Produces(MediaType.APPLICATION_JSON)
    public record Versions(DutyCatalogService catalog) {
        @GET
        public List<VersionJson> list(@Context ContainerRequestContext ctx) {
            CurrentUser.of(ctx);
            return catalog.versions().stream().map(VersionJson::of).toList();
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public Response publish(@Context ContainerRequestContext ctx, VersionInput body) {
            VersionInput in = Params.requireBody(body);
            var actor = CurrentUser.admin(ctx).actor();
            CatalogVersion v = catalog.publish(actor, in.label(), in.fromYear(), in.toEntries());
            return Response.created(URI.create("/api/duty-catalog/versions")).entity(VersionJson.of(v)).build();
        }
    }
}
