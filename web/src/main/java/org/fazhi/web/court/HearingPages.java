package org.fazhi.web.court;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.duty.court.CourtCaseService;
import org.fazhi.duty.court.Hearing;
import org.fazhi.duty.court.HearingSaved;
import org.fazhi.model.NotFoundException;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.FormSubmission;

/**
 * /court-cases/{id}/hearings: adding a hearing from the case's page, and correcting or deleting one.
 * After a save the case's page shows the hearing's warnings (a notice served less than 3 days before, a
 * no-show without valid reason, a lawyer only); they never stop the save.
 */
@Path("/court-cases/{id}/hearings")
@Produces(MediaType.TEXT_HTML)
public record HearingPages(CourtCaseService cases, CaseDetail detail) {
    @POST
    public Response add(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                        MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        long caseId = Params.pathId(id, CourtCaseResource.WHAT);
        return FormSubmission.submit(params, form -> {
            HearingSaved saved = cases.addHearing(user.actor(), caseId, HearingForm.parse(form), form.confirmsDuplicate());
            return afterSave(caseId, "hearing-added", saved);
        }, failed -> detail.view(user, caseId, null, null, failed));
    }

    @GET
    @Path("{hearingId}/edit")
    public View editForm(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                         @PathParam("hearingId") String hearingId) {
        CurrentUser user = CurrentUser.writer(ctx);
        Hearing h = hearingOf(user, id, hearingId);
        return form(user, h.caseId(), h.id(), HearingForm.of(h));
    }

    @POST
    @Path("{hearingId}")
    public Response update(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @PathParam("hearingId") String hearingId, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        Hearing current = hearingOf(user, id, hearingId);
        return FormSubmission.submit(params, form -> {
            HearingSaved saved = cases.updateHearing(user.actor(), current.id(), HearingForm.parse(form),
                    HearingForm.version(form), form.confirmsDuplicate());
            return afterSave(current.caseId(), "hearing-saved", saved);
        }, failed -> form(user, current.caseId(), current.id(), failed));
    }

    @POST
    @Path("{hearingId}/delete")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @PathParam("hearingId") String hearingId) {
        CurrentUser user = CurrentUser.of(ctx);
        Hearing h = hearingOf(user, id, hearingId);
        cases.deleteHearing(user.actor(), h.id());
        return Redirects.to("/court-cases/" + h.caseId() + "?msg=hearing-deleted");
    }

    /** The case's page, with the saved hearing's warnings on top when it has any. */
    private static String afterSave(long caseId, String msg, HearingSaved saved) {
        return "/court-cases/" + caseId + "?msg=" + msg + "&hearing=" + saved.hearing().id() + "#hearing-" + saved.hearing().id();
    }

    /** The hearing, which must belong to the case of the path (else 404, as for an unknown hearing). */
    private Hearing hearingOf(CurrentUser user, String caseId, String hearingId) {
        long c = Params.pathId(caseId, CourtCaseResource.WHAT);
        long id = Params.pathId(hearingId, HearingResource.WHAT);
        Hearing h = cases.hearing(user.actor(), id);
        if (h.caseId() != c) {
            throw NotFoundException.of(HearingResource.WHAT, id);
        }
        return h;
    }

    private View form(CurrentUser user, long caseId, long hearingId, FormState form) {
        CourtCase c = cases.find(user.actor(), caseId);
        PageModel page = PageModel.of(user, "修改开庭记录", "court")
                .put("tab_cases", true)
                .put("c", c)
                .put("instance", c.instance().label())
                .put("hearingId", hearingId)
                .put("hfFailed", form.isFailed())
                .put("receivedFrom", detail.receivedFrom(c));
        return HearingForm.into(page, form, "/court-cases/" + caseId + "/hearings/" + hearingId).view("court-hearing-form");
    }
}
