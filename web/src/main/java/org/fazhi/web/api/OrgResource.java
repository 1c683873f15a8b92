package org.fazhi.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.storage.core.OrgService;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.CoreTables;
import org.fazhi.web.export.Downloads;

/**
 * /api/orgs: the organisation tree, {id, name, kind, parentId, version}; /api/orgs/search finds units by
 * name for the unit picker of the pages.
 */
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
    public record OrgInput(String name, String kind, Long parentId, Integer version, String code) {
        Org toOrg() {
            return Org.draft(name, OrgKind.parse(kind), parentId, code);
        }
    }

    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                         @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return Params.list(orgs.list(CurrentUser.of(ctx).actor(), Params.optionalOrg(orgId),
                Page.parse(limit, offset)));
    }

    /** How many units one search answers at most, and by default. */
    public static final int SEARCH_MAX = 50;
    public static final int SEARCH_DEFAULT = 20;

    /** One unit found: {@code path} names the units from the top of the caller's scope down to it, " / " between. */
    public record Found(long id, String name, String kind, Long parentId, String path) {
    }

    /**
     * GET /api/orgs/search?q=&limit=: at most {@code limit} (default 20, at most 50) units within the
     * caller's scope whose name contains {@code q}; without {@code q}, the caller's own unit and its
     * direct children.
     */
    @GET
    @Path("search")
    public List<Found> search(@Context ContainerRequestContext ctx, @QueryParam("q") String q,
                              @QueryParam("limit") String limit) {
        Integer n = Params.optionalInt(limit, "limit", "条数");
        if (n != null && (n < 1 || n > SEARCH_MAX)) {
            throw new ValidationException("limit", "条数必须在1到" + SEARCH_MAX + "之间");
        }
        if (q != null && q.strip().length() > 50) {
            throw new ValidationException("q", "查找的单位名称不能超过50个字");
        }
        return orgs.search(CurrentUser.of(ctx).actor(), q, n == null ? SEARCH_DEFAULT : n).stream()
                .map(f -> new Found(f.org().id(), f.org().name(), f.org().kind().name(), f.org().parentId(), String.join(" / ", f.path())))
                .toList();
    }

    /** GET /api/orgs/export?format=xlsx|csv&orgId=: the list as a spreadsheet. */
    @GET
    @Path("export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON})
    public Response export(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                           @QueryParam("format") String format) {
        ExportFormat f = ExportFormat.parse(format);
        return Downloads.of(tables.orgs(CurrentUser.of(ctx).actor(), Params.optionalOrg(orgId)), f);
    }
}
