package org.fazhi.web.assessment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.round.Results;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.system.Points;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;

/**
 * The 示范创建 pages of systems, rounds and results. Each page is a root resource of its full path, so none
 * shadows (or is shadowed by) the unit desk's pages under /assessment/rounds/{id}/units/{orgId}.
 */
public final class AssessmentPages {
    static final String NAV = "assessment";

    private AssessmentPages() {
    }

    /** A page of one module service: the pages below share it. */
    public abstract static class Page {
        final Assessment assessment;

        Page(Assessment assessment) {
            this.assessment = assessment;
        }

        /** The signed-in user, the round in the address (as the user may see it) and its id. */
        Opened open(ContainerRequestContext ctx, String id) {
            CurrentUser user = CurrentUser.of(ctx);
            long roundId = Params.pathId(id, "考核轮次");
            return new Opened(user, roundId, assessment.rounds().get(user.actor(), roundId));
        }
    }

    record Opened(CurrentUser user, long id, Round round) {
    }

    /** A page of one round at /assessment/rounds/{id}…: the round as the user may see it, then the page. */
    public abstract static class RoundPage extends Page {
        RoundPage(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View view(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
            return render(open(ctx, id));
        }

        abstract View render(Opened o);
    }

    static String points(BigDecimal p) {
        return p == null ? "" : Points.text(p);
    }

    static String kinds(List<OrgKind> kinds) {
        return kinds.isEmpty() ? "全部单位" : kinds.stream().map(OrgKind::label).collect(Collectors.joining("、"));
    }

    /** A round's results line per unit, as the overview, the results page and the matrix show it. */
    /**
     * The units not confirmed yet, for a template's "results are provisional" section: null when there are none,
     * since mustache.java shows a section for any number, 0 too.
     */
    static Long unconfirmed(Results r) {
        long n = r.unconfirmed();
        return n == 0 ? null : n;
    }

    public record UnitLine(long orgId, String orgName, String state, String total, String grade, int rank, boolean meets,
                           boolean vetoed) {
        static UnitLine of(Results.UnitResult u) {
            return new UnitLine(u.orgId(), u.orgName(), u.state().label(), points(u.total()), u.grade().label(), u.rank(),
                    u.meets(), u.vetoed());
        }
    }

    public record RoundLine(long id, int year, String title, String orgName, String selfDeadline, String reviewDeadline,
                            int units) {
        static RoundLine of(Round r) {
            return new RoundLine(r.id(), r.year(), r.title(), r.orgName(), r.selfDeadline().toString(),
                    r.reviewDeadline().toString(), r.units().size());
        }
    }

    /** GET /assessment[?year=&orgId=]: the rounds the user sees, with a link to the systems. */
    @Path("/assessment")
    @Produces(MediaType.TEXT_HTML)
    public static final class Rounds extends Page {
        private final CoreServices core;

        Rounds(Assessment assessment, CoreServices core) {
            super(assessment);
            this.core = core;
        }

        @GET
        public View list(@Context ContainerRequestContext ctx, @QueryParam("year") String year, @QueryParam("orgId") String orgId) {
            CurrentUser user = CurrentUser.of(ctx);
            Integer y = Params.optionalYear(year);
            Long org = Params.optionalOrg(orgId);
            List<RoundLine> rows = RoundResource.rounds(assessment, user.actor(), y, org).stream().map(RoundLine::of).toList();
            OrgTree tree = core.visibleOrgs().tree(user.actor());
            return PageModel.of(user, "示范创建考核", NAV)
                    .put("rows", rows)
                    .put("orgPicker", OrgPicker.filter(tree, org == null ? null : String.valueOf(org)))
                    .put("yearOptions", YearChoices.toNextYear(y, YearChoices.thisYear(assessment.clock())))
                    .view("assessment-rounds");
        }
    }

    /** GET /assessment/rounds/{id}: the round's units with their state, total, grade and rank, and links to their desks. */
    @Path("/assessment/rounds/{id}")
    @Produces(MediaType.TEXT_HTML)
    public static final class Overview extends RoundPage {
        Overview(Assessment assessment) {
            super(assessment);
        }

        @Override
        View render(Opened o) {
            Round r = o.round();
            return PageModel.of(o.user(), r.title(), NAV)
                    .put("round", RoundLine.of(r))
                    .put("passScore", points(r.passScore()))
                    .put("grades", "优秀 ≥ " + points(r.grades().excellent()) + ",良好 ≥ " + points(r.grades().good())
                            + ",合格 ≥ " + points(r.grades().qualified()))
                    .put("target", points(r.target()))
                    .put("systemHref", "/assessment/systems/" + r.systemId())
                    .put("units", assessment.results().results(o.user().actor(), o.id()).units().stream().map(UnitLine::of).toList())
                    .view("assessment-round");
        }
    }
}
