package org.fazhi.web.reconsideration;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.reconsideration.Reconsiderations;
import org.fazhi.reconsideration.cases.CaseService;
import org.fazhi.reconsideration.stats.CorrectionDenominator;
import org.fazhi.reconsideration.stats.StatsService;
import org.fazhi.web.api.Params;
import org.fazhi.web.api.RecordResource;
import org.fazhi.web.auth.CurrentUser;

/** /api/reconsiderations: the 行政复议 cases; a case belongs to its respondent unit for scope. */
@Path("/api/reconsiderations")
@Produces(MediaType.APPLICATION_JSON)
public final class ReconsiderationResource extends RecordResource<ReconsiderationJson.Case, ReconsiderationJson.Case> {
    private final CaseService cases;

    ReconsiderationResource(Reconsiderations r) {
        super("行政复议案件", ReconsiderationJson.Case::id,
                (actor, id) -> ReconsiderationJson.Case.of(r.cases().find(actor, id), r.cases().today()),
                (actor, in) -> ReconsiderationJson.Case.of(r.cases().create(actor, in.toDraft()), r.cases().today()),
                (actor, id, in) -> ReconsiderationJson.Case.of(r.cases().update(actor, id, in.toDraft(), in.version()),
                        r.cases().today()),
                r.cases()::delete);
        this.cases = r.cases();
    }

    /** ?orgId= (the respondent's subtree) &year= (received in) &decision= &stage= &overdue=true &q= &limit= &offset=. */
    @GET
    public Response list(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId,
                         @QueryParam("year") String year, @QueryParam("decision") String decision,
                         @QueryParam("stage") String stage, @QueryParam("overdue") String overdue,
                         @QueryParam("q") String q, @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        var filter = ReconsiderationParams.filter(orgId, year, decision, stage, overdue, q);
        LocalDate today = cases.today();
        return Params.list(cases.list(CurrentUser.of(ctx).actor(), filter, Page.parse(limit, offset))
                .map(c -> ReconsiderationJson.Case.of(c, today)));
    }

    /** GET /api/reconsideration-stats?year=&orgId=: the year's figures (this year when none is given). */
    @Path("/api/reconsideration-stats")
    @Produces(MediaType.APPLICATION_JSON)
    public record Stats(StatsService stats) {
        @GET
        public ReconsiderationJson.Stats get(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                             @QueryParam("orgId") String orgId) {
            int y = Params.yearOr(year, stats.today().getYear());
            return ReconsiderationJson.Stats.of(stats.stats(CurrentUser.of(ctx).actor(), y,
                    Params.optionalOrg(orgId)));
        }
    }

    /**
     * /api/settings/reconsideration {correctionDenominator: CONCLUDED|MERITS}: what the 直接纠错率 divides by.
     * Everyone reads it; only admins change it (403 otherwise).
     */
    @Path("/api/settings/reconsideration")
    @Produces(MediaType.APPLICATION_JSON)
    public record Settings(StatsService stats) {
        @GET
        public ReconsiderationJson.Settings get() {
            return json(stats.denominator());
        }

        @PUT
        @Consumes(MediaType.APPLICATION_JSON)
        public ReconsiderationJson.Settings update(@Context ContainerRequestContext ctx, ReconsiderationJson.Settings body) {
            ReconsiderationJson.Settings in = Params.requireBody(body);
            // Refused before the body is judged: a non-admin learns nothing about valid values.
            Actor actor = CurrentUser.admin(ctx).actor();
            return json(stats.setDenominator(actor, CorrectionDenominator.parse(in.correctionDenominator())));
        }

        private static ReconsiderationJson.Settings json(CorrectionDenominator d) {
            return new ReconsiderationJson.Settings(d.name(), d.label());
        }
    }
}
