package org.fazhi.web.assessment;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.assessment.round.AnswerEvidence;
import org.fazhi.assessment.round.AnswerEvidenceService;
import org.fazhi.model.account.Actor;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.Downloads;

/**
 * /api/assessment-evidence/{id}: a piece of an answer's evidence — a file, image or video as its bytes with
 * the type found at upload, a link, note or record as JSON (GET) — and removing it while the answer may change
 * (DELETE). Scope-checked like the unit's desk.
 */
@Path("/api/assessment-evidence/{id}")
public record AssessmentEvidenceResource(AnswerEvidenceService evidence) {
    @GET
    @Produces(MediaType.WILDCARD)
    public Response get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        Actor actor = CurrentUser.of(ctx).actor();
        long evidenceId = Params.pathId(id, "佐证材料");
        AnswerEvidence e = evidence.get(actor, evidenceId);
        if (e.sha256() == null) {
            return Response.ok(DeskJson.EvidenceJson.of(e), MediaType.APPLICATION_JSON_TYPE).build();
        }
        AnswerEvidenceService.Stored s = evidence.file(actor, evidenceId);
        return Downloads.stored(s.path().toFile(), s.type(), "evidence", s.evidence().fileName(), s.evidence().sha256());
    }

    @DELETE
    @Produces(MediaType.APPLICATION_JSON)
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Crud.deleted(ctx, id, "佐证材料", evidence::delete);
    }
}
