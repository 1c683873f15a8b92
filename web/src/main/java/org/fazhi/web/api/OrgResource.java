package org.fazhi.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
public final class OrgResource extends RecordResource<Org, OrgResource.OrgInput> {
    private final OrgService orgs;
    private final CoreTables tables;

    public OrgResource(OrgService orgs, CoreTables tables) {
        super("单位", Org::id, orgs::get, (actor, in) -> orgs.create(actor, in.toOrg()),
                (actor, id, in) -> orgs.update(actor, id, in.toOrg(), in.version()), orgs::delete);
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
}
