package org.fazhi.web.duties;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.duty.duties.EvidenceService;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.Downloads;

/**
 * /api/duty-evidence/{id}: one piece of evidence (GET as JSON, DELETE), and {@code …/file}, the
 * bytes of a file with the type found at upload: images, PDF and video open in the browser,
 * sandboxed; Office files download. Scope-checked like the item; a bearer token or the session
 * cookie both work, so a page can show an image with a plain {@code <img src>}.
 */
@Path("/api/duty-evidence/{id}")
@Produces(MediaType.APPLICATION_JSON)
public record EvidenceResource(EvidenceService evidence) {
    @GET
    public EvidenceJson get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return EvidenceJson.of(evidence.get(CurrentUser.of(ctx).actor(), Params.pathId(id, "佐证材料")));
    }

    @GET
    @Path("file")
    @Produces(MediaType.WILDCARD)
    public Response file(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        EvidenceService.Stored s = evidence.open(CurrentUser.of(ctx).actor(), Params.pathId(id, "佐证材料"));
        return Downloads.stored(s.path().toFile(), s.type(), "evidence", s.evidence().fileName(), s.evidence().sha256());
    }

    @DELETE
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Crud.deleted(ctx, id, "佐证材料", evidence::delete);
    }
}
