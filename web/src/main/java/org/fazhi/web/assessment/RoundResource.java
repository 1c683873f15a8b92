package org.fazhi.web.assessment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.round.Round;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.account.Actor;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.assessment.RoundJson.MatrixJson;
import org.fazhi.web.assessment.RoundJson.ResultsJson;
import org.fazhi.web.assessment.RoundJson.RoundInput;
import org.fazhi.web.assessment.RoundJson.RoundOut;
import org.fazhi.web.export.Downloads;

/**
 * /api/assessment-rounds: list (?year=&orgId=: the rounds whose assessing unit is that unit or which assess
 * it), get, open; and each round's results and score matrix. A round is seen by those whose scope covers the
 * assessing unit and by the units it assesses, each seeing only its own row (the module enforces this).
 */
@Path("/api/assessment-rounds")
@Produces(MediaType.APPLICATION_JSON)
public record RoundResource(Assessment assessment) {
    @GET
    public List<RoundOut> list(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                               @QueryParam("orgId") String orgId) {
        return rounds(assessment, CurrentUser.of(ctx).actor(), Params.optionalYear(year), Params.optionalOrg(orgId))
                .stream().map(RoundOut::of).toList();
    }

    /** The rounds the actor sees of a year (null: all), of an assessing or assessed unit (null: all). */
    static List<Round> rounds(Assessment assessment, Actor actor, Integer year, Long orgId) {
        return assessment.rounds().list(actor, year).stream()
                .filter(r -> orgId == null || r.orgId() == orgId || r.units().stream().anyMatch(u -> u.orgId() == orgId))
                .toList();
    }

    @GET
    @Path("{id}")
    public RoundOut get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return RoundOut.of(assessment.rounds().get(CurrentUser.of(ctx).actor(), Params.pathId(id, "考核轮次")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@Context ContainerRequestContext ctx, RoundInput body) {
        RoundInput in = Params.requireBody(body);
        Actor actor = CurrentUser.of(ctx).actor();
        Round r = assessment.rounds().open(actor, in.toDraft(systemTotal(assessment, actor, in.systemId())));
        return Crud.created("/api/assessment-rounds/", RoundOut.of(r), RoundOut::id);
    }

    /** The system's total for default grades; null when it is not given or not there (the round names the field). */
    static BigDecimal systemTotal(Assessment assessment, Actor actor, Long systemId) {
        if (systemId == null) {
            return null;
        }
        try {
            return assessment.systems().get(actor, systemId).total();
        } catch (NotFoundException e) {
            return null;
        }
    }

    @GET
    @Path("{id}/results")
    public ResultsJson results(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return ResultsJson.of(assessment.results().results(CurrentUser.of(ctx).actor(), Params.pathId(id, "考核轮次")));
    }

    /** JSON without {@code format}; {@code ?format=xlsx|csv} downloads the same matrix as a sheet. */
    @GET
    @Path("{id}/matrix")
    @Produces({MediaType.APPLICATION_JSON, org.fazhi.sheets.SheetFile.XLSX, "text/csv"})
    public Response matrix(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("format") String format) {
        Actor actor = CurrentUser.of(ctx).actor();
        long roundId = Params.pathId(id, "考核轮次");
        if (format == null || format.isBlank()) {
            return Response.ok(MatrixJson.of(assessment.results().matrix(actor, roundId)), MediaType.APPLICATION_JSON_TYPE).build();
        }
        ExportFormat f = ExportFormat.parse(format);
        return Downloads.of(assessment.results().matrixTable(actor, roundId), f);
    }
}
