package org.fazhi.web.assessment;

import static org.fazhi.web.assessment.AssessmentPages.points;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.round.Answer;
import org.fazhi.assessment.round.ResultService;
import org.fazhi.assessment.round.Results;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.ScoreMatrix;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.model.account.Actor;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.dashboard.chart.BarChart;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Pager;
import org.fazhi.web.pages.View;

/**
 * A round's result pages: the ranking with its chart, the score matrix, and a unit's 反馈报告. Each is a root
 * resource of its full path, as the other {@link AssessmentPages}.
 */
public final class ResultPages {
    private ResultPages() {
    }

    public record WeakLine(String code, String title, String points, String ratio) {
    }

    public record TypicalLine(String orgName, String code, String title, String explanation) {
    }

    /** The units of a paged list (50 a page, as the ledgers' lists): those of {@code q} by name, from {@code offset}. */
    record Paged(List<Results.UnitResult> units, Pager.Model pager) {
        static Paged of(UriInfo uri, List<Results.UnitResult> all, String q, String offset) {
            org.fazhi.model.Page page = Pager.page(offset);
            List<Results.UnitResult> matching = ResultService.named(all, q);
            return new Paged(matching.subList(Math.min(page.offset(), matching.size()),
                    Math.min(matching.size(), page.offset() + page.limit())), Pager.of(uri, page, matching.size()));
        }
    }

    /**
     * GET /assessment/rounds/{id}/results[?q=&offset=]: the met-vs-target sentence, the ranking 50 units a page (q
     * finds units by name) with a bar chart of the page's totals, the weakest leaves and the typical practices.
     */
    @Path("/assessment/rounds/{id}/results")
    @Produces(MediaType.TEXT_HTML)
    public static final class ResultsPage extends AssessmentPages.Page {
        ResultsPage(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View view(@Context ContainerRequestContext ctx, @Context UriInfo uri, @PathParam("id") String id,
                         @QueryParam("q") String q, @QueryParam("offset") String offset) {
            AssessmentPages.Opened o = open(ctx, id);
            CurrentUser user = o.user();
            Round r = o.round();
            Results res = assessment.results().results(user.actor(), o.id());
            Paged paged = Paged.of(uri, res.units(), q, offset);
            IndicatorSystem system = assessment.systems().get(user.actor(), r.systemId());
            List<BarChart.Bar> bars = paged.units().stream().map(u -> new BarChart.Bar(u.orgName(), u.total().doubleValue(),
                    points(u.total()) + "分")).toList();
            double max = system.total().doubleValue() > 0 ? system.total().doubleValue() : 100;
            String which = paged.pager().total() > bars.size() ? "(第" + paged.pager().from() + "–" + paged.pager().to() + "个)" : "";
            String svg = bars.isEmpty() ? null : new BarChart("totals", "各单位总分" + which, "各单位总分" + which
                    + ",虚线为达标分数 " + points(r.passScore()), max, "", r.passScore().doubleValue(), "达标 " + points(r.passScore()))
                    .svg(bars);
            return PageModel.of(user, r.title() + " · 考核结果", AssessmentPages.NAV)
                    .put("round", AssessmentPages.RoundLine.of(r))
                    .put("sentence", res.sentence())
                    .put("reached", res.reached())
                    .put("unconfirmed", AssessmentPages.unconfirmed(res))
                    .put("units", paged.units().stream().map(AssessmentPages.UnitLine::of).toList())
                    .put("pager", paged.pager())
                    .put("q", q)
                    .put("chartTitle", "各单位总分" + which)
                    .put("svg", svg)
                    .put("weakest", res.weakest().stream().map(w -> new WeakLine(w.code(), w.title(), points(w.points()),
                            w.ratio().toPlainString() + "%")).toList())
                    .put("typical", res.typical().stream().map(t -> new TypicalLine(t.orgName(), t.code(), t.title(),
                            t.explanation())).toList())
                    .view("assessment-results");
        }
    }

    public record MatrixRow(AssessmentPages.UnitLine unit, List<String> scores) {
    }

    /**
     * GET /assessment/rounds/{id}/matrix[?q=&offset=]: units × leaves, 50 units a page (q finds units by name), only
     * their scores read; the whole matrix is the .xlsx/CSV download.
     */
    @Path("/assessment/rounds/{id}/matrix")
    @Produces(MediaType.TEXT_HTML)
    public static final class Matrix extends AssessmentPages.Page {
        Matrix(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View view(@Context ContainerRequestContext ctx, @Context UriInfo uri, @PathParam("id") String id,
                         @QueryParam("q") String q, @QueryParam("offset") String offset) {
            AssessmentPages.Opened o = open(ctx, id);
            org.fazhi.model.Page page = Pager.page(offset);
            ResultService.Window w = assessment.results().matrix(o.user().actor(), o.id(), q, page.offset(), page.limit());
            ScoreMatrix m = w.matrix();
            return PageModel.of(o.user(), o.round().title() + " · 得分汇总", AssessmentPages.NAV)
                    .put("round", AssessmentPages.RoundLine.of(o.round()))
                    .put("leaves", m.leaves().stream().map(l -> new WeakLine(l.code(), l.title(), points(l.points()), null)).toList())
                    .put("rows", m.rows().stream().map(row -> new MatrixRow(AssessmentPages.UnitLine.of(row.unit()),
                            row.scores().stream().map(s -> s == null ? "—" : points(s)).toList())).toList())
                    .put("pager", Pager.of(uri, page, w.total()))
                    .put("q", q)
                    .view("assessment-matrix");
        }
    }

    public record FeedbackLine(String code, String title, String points, String selfScore, String reviewScore,
                               String reason, boolean veto) {
    }

    /** GET /assessment/rounds/{id}/units/{orgId}/feedback: the unit's A4 反馈报告 (its own only, unless the user's scope covers more). */
    @Path("/assessment/rounds/{id}/units/{orgId}/feedback")
    @Produces(MediaType.TEXT_HTML)
    public static final class Feedback extends AssessmentPages.Page {
        Feedback(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View view(@Context ContainerRequestContext ctx, @PathParam("id") String id, @PathParam("orgId") String orgId) {
            AssessmentPages.Opened o = open(ctx, id);
            CurrentUser user = o.user();
            Actor actor = user.actor();
            long roundId = o.id();
            long unitId = Params.pathId(orgId, "单位");
            Round r = o.round();
            List<Answer> answers = assessment.answers().answers(actor, roundId, unitId);
            Results res = assessment.results().results(actor, roundId);
            Results.UnitResult unit = res.units().stream().filter(u -> u.orgId() == unitId).findFirst()
                    .orElseThrow(() -> new org.fazhi.model.NotFoundException("本轮考核中没有该单位(编号 " + unitId + ")"));
            Map<String, Answer> byCode = answers.stream().collect(Collectors.toMap(Answer::code, Function.identity()));
            List<FeedbackLine> lines = answers.stream().map(a -> new FeedbackLine(a.code(), a.title(), points(a.points()),
                    points(a.selfScore()), points(a.reviewScore()), a.reason(), a.veto())).toList();
            List<WeakLine> weakest = answers.stream()
                    .filter(a -> a.points().signum() > 0)
                    .sorted(java.util.Comparator.comparing((Answer a) -> score(a).divide(a.points(), 4, java.math.RoundingMode.HALF_UP))
                            .thenComparing(Answer::code))
                    .limit(5)
                    .filter(a -> score(a).compareTo(a.points()) < 0)
                    .map(a -> new WeakLine(a.code(), a.title(), points(a.points()), points(score(a))))
                    .toList();
            return PageModel.of(user, unit.orgName() + " · 反馈报告", AssessmentPages.NAV)
                    .put("round", AssessmentPages.RoundLine.of(r))
                    .put("unit", AssessmentPages.UnitLine.of(unit))
                    .put("assessed", res.assessed())
                    .put("lines", lines)
                    .put("weakest", weakest)
                    .put("leaves", byCode.size())
                    .view("assessment-feedback");
        }

        /** What a leaf counts: the review score where given, else the self score, else 0 (as the results count it). */
        private static BigDecimal score(Answer a) {
            return a.reviewScore() != null ? a.reviewScore() : a.selfScore() != null ? a.selfScore() : BigDecimal.ZERO;
        }
    }
}
