package org.fazhi.web.court;

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
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.CourtCaseService;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/**
 * /api/court-cases: 出庭应诉 cases, one per case number and 审级. A case belongs to its defendant unit:
 * a user scoped elsewhere gets 403 for it, as for every other unit's record.
 */
@Path("/api/court-cases")
@Produces(MediaType.APPLICATION_JSON)
public record CourtCaseResource(CoreServices core, CourtCaseService cases) {
    static final String WHAT = "出庭应诉案件";

    /** Filters: orgId (subtree of the defendant), year (filed or heard in it), instance, outcome, q (案号, 案由, 法院). */
    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                         @QueryParam("year") String year, @QueryParam("instance") String instance,
                         @QueryParam("outcome") String outcome, @QueryParam("q") String q,
                         @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        Actor actor = CurrentUser.of(ctx).actor();
        var page = cases.rows(actor, CourtParams.caseFilter(orgId, year, instance, outcome, q), Page.parse(limit, offset));
        OrgTree tree = tree(actor);
        return Params.list(page.map(r -> CaseJson.of(r, tree)));
    }

    @GET
    @Path("{id}")
    public CaseJson get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        Actor actor = CurrentUser.of(ctx).actor();
        return CaseJson.of(cases.row(actor, Params.pathId(id, WHAT)), tree(actor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context ContainerRequestContext ctx, CaseJson body) {
        Actor actor = CurrentUser.of(ctx).actor();
        CourtCase created = cases.create(actor, Params.requireBody(body).toCase());
        return Crud.created("/api/court-cases/", CaseJson.of(cases.row(actor, created.id()), tree(actor)), CaseJson::id);
    }

    /** A {@code version} older than the stored one is refused with 409; without one the edit applies. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseJson update(@Context ContainerRequestContext ctx, @PathParam("id") String id, CaseJson body) {
        Actor actor = CurrentUser.of(ctx).actor();
        long caseId = Params.pathId(id, WHAT);
        CaseJson in = Params.requireBody(body);
        cases.update(actor, caseId, in.toCase(), in.version());
        return CaseJson.of(cases.row(actor, caseId), tree(actor));
    }

    /** Deletes the case with its hearings. */
    @DELETE
    @Path("{id}")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Crud.deleted(ctx, id, WHAT, cases::delete);
    }

    private OrgTree tree(Actor actor) {
        return core.visibleOrgs().tree(actor);
    }
}
