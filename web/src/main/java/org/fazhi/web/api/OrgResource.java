package org.fazhi.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.model.Page;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.storage.core.OrgService;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.CoreTables;
import org.fazhi.web.export.Downloads;

/** /api/orgs: the organisation tree, {id, name, kind, parentId, version}. */
@Path("/api/orgs")
@Produces(MediaType.APPLICATION_JSON)
public final class OrgResource {
    private final OrgService orgs;
    private final CoreTables tables;

    public OrgResource(OrgService orgs, CoreTables tables) {
        this.orgs = orgs;
        this.tables = tables;
    }

    /** What a client sends; {@code version}, when given, guards against overwriting someone else's edit. */
    public record OrgInput(String name, String kind, Long parentId, Integer version) {
        Org toOrg() {
            return Org.draft(name, OrgKind.parse(kind), parentId);
        }
    }

    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                         @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return Params.list(orgs.list(CurrentUser.of(ctx).actor(), Params.optionalId(orgId, "orgId", "单位"),
                Page.parse(limit, offset)));
    }

    /** GET /api/orgs/export?format=xlsx|csv&orgId=: the list as a spreadsheet. */
    @GET
    @Path("export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON})
    public Response export(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                           @QueryParam("format") String format) {
        ExportFormat f = ExportFormat.parse(format);
        return Downloads.of(tables.orgs(CurrentUser.of(ctx).actor(), Params.optionalId(orgId, "orgId", "单位")), f);
    }

    @GET
    @Path("{id}")
    public Org get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return orgs.get(CurrentUser.of(ctx).actor(), Params.pathId(id, "单位"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context ContainerRequestContext ctx, OrgInput body) {
        return Crud.created("/api/orgs/", orgs.create(CurrentUser.of(ctx).actor(), Params.requireBody(body).toOrg()), Org::id);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Org update(@Context ContainerRequestContext ctx, @PathParam("id") String id, OrgInput body) {
        long orgId = Params.pathId(id, "单位");
        OrgInput in = Params.requireBody(body);
        return orgs.update(CurrentUser.of(ctx).actor(), orgId, in.toOrg(), in.version());
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Crud.deleted(ctx, id, "单位", orgs::delete);
    }
}
