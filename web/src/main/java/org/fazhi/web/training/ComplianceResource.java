package org.fazhi.web.training;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.training.study.ComplianceService;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.UnitCompliance;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/** GET /api/study-compliance?year=Y[&orgId=]: quota compliance per unit, those behind first. */
@Path("/api/study-compliance")
@Produces(MediaType.APPLICATION_JSON)
public record ComplianceResource(ComplianceService compliance, Clock clock) {
    /** {orgId, orgName, compliant, rules:[{label, kinds, period, required, held, compliant, …}]} and extras. */
    public record UnitJson(long orgId, String orgName, String orgKind, boolean compliant, int[] quarters,
                           List<RuleJson> rules) {
    }

    public record RuleJson(long ruleId, String label, List<String> kinds, String period, String requirement,
                           int required, int due, int held, int[] quarters, boolean compliant, boolean finalJudgement) {
    }

    @GET
    public List<UnitJson> compliance(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                                     @QueryParam("orgId") String orgId) {
        int y = TrainingParams.yearOrCurrent(year, clock);
        return compliance.compute(CurrentUser.of(ctx).actor(), y, Params.optionalOrg(orgId), LocalDate.now(clock))
                .stream().map(ComplianceResource::json).toList();
    }

    static UnitJson json(UnitCompliance u) {
        return new UnitJson(u.orgId(), u.orgName(), u.orgKind().name(), u.compliant(), u.perQuarter(),
                u.rules().stream().map(r -> new RuleJson(r.ruleId(), r.label(), r.kinds().stream().map(StudyKind::name).toList(),
                        r.period().name(), r.requirement(), r.required(), r.due(), r.held(), r.perQuarter(), r.compliant(),
                        r.finalJudgement())).toList());
    }
}
