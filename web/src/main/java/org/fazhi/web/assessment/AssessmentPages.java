package org.fazhi.web.assessment;

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
import java.util.ArrayList;
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
import org.fazhi.assessment.system.EvidenceKind;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.assessment.system.IndicatorTree;
import org.fazhi.assessment.system.Points;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.dashboard.chart.BarChart;
import org.fazhi.web.imports.ImportPages;
import org.fazhi.web.imports.SheetImportPage;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Pager;
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
            Long org = Params.optionalId(orgId, "orgId", "单位");
            List<RoundLine> rows = RoundResource.rounds(assessment, user.actor(), y, org).stream().map(RoundLine::of).toList();
            OrgTree tree = core.visibleOrgs().tree(user.actor());
            return PageModel.of(user, "示范创建考核", NAV)
                    .put("rows", rows)
                    .put("orgPicker", OrgPicker.filter(tree, org == null ? null : String.valueOf(org)))
                    .put("yearOptions", YearChoices.toNextYear(y, YearChoices.thisYear(assessment.clock())))
                    .view("assessment-rounds");
        }
    }

    public record SystemLine(long id, String label, int fromYear, boolean sample, boolean used, String total, int indicators,
                             String createdBy) {
        static SystemLine of(IndicatorSystem s) {
            return new SystemLine(s.id(), s.label(), s.fromYear(), s.sample(), s.used(), points(s.total()),
                    s.indicators().size(), s.createdBy());
        }
    }

    /** GET /assessment/systems: every version of every system, with its version and the 样例 mark. */
    @Path("/assessment/systems")
    @Produces(MediaType.TEXT_HTML)
    public static final class Systems extends Page {
        Systems(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View list(@Context ContainerRequestContext ctx, @QueryParam("msg") String msg) {
            CurrentUser user = CurrentUser.of(ctx);
            return PageModel.of(user, "指标体系", NAV)
                    .put("rows", assessment.systems().list(user.actor()).stream().map(SystemLine::of).toList())
                    .put("flash", SystemEditPages.FLASH.text(msg))
                    .view("assessment-systems");
        }
    }

    public record IndicatorLine(int level, boolean leaf, String code, String title, String standard, String points,
                                String evidence, String appliesTo, boolean veto, String binding, boolean canAdd) {
    }

    /** GET /assessment/systems/{id}: the tree, each indicator with its points, evidence kinds, units, veto and binding. */
    @Path("/assessment/systems/{id}")
    @Produces(MediaType.TEXT_HTML)
    public static final class SystemView extends Page {
        SystemView(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View view(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("msg") String msg) {
            CurrentUser user = CurrentUser.of(ctx);
            IndicatorSystem s = assessment.systems().get(user.actor(), Params.pathId(id, "指标体系"));
            boolean keeper = keeps(user, s.id());
            // The lineage's newest version, when this is not it: edits go there rather than into another copy.
            SystemLine newer = assessment.systems().list(user.actor()).stream()
                    .filter(v -> v.lineageId() == s.lineageId() && v.number() > s.number()).findFirst()
                    .map(SystemLine::of).orElse(null);
            IndicatorTree tree = s.tree();
            List<IndicatorLine> lines = new ArrayList<>();
            for (Indicator i : tree.indicators()) {
                boolean leaf = tree.isLeaf(i.code());
                lines.add(new IndicatorLine(tree.level(i.code()), leaf, i.code(), i.title(), i.standard(), points(i.points()),
                        leaf ? (i.evidenceKinds().isEmpty() ? "不限" : EvidenceKind.labels(i.evidenceKinds())) : "",
                        kinds(i.appliesTo()), i.veto(), i.binding() == null ? "" : i.binding().cell(),
                        tree.level(i.code()) < IndicatorTree.MAX_LEVEL));
            }
            return PageModel.of(user, s.label(), NAV)
                    .put("system", SystemLine.of(s))
                    .put("version", s.version())
                    .put("edit", keeper && !s.used())
                    .put("copy", keeper && s.used() && newer == null)
                    .put("newer", newer)
                    .put("flash", SystemEditPages.FLASH.text(msg))
                    .put("basedOn", s.basedOn())
                    .put("lines", lines)
                    .view("assessment-system");
        }

        /** Whether the user may edit the system: a writer of the unit keeping it. */
        private boolean keeps(CurrentUser user, long id) {
            if (!user.account().role().canWrite()) {
                return false;
            }
            try {
                assessment.systems().editable(user.actor(), id);
                return true;
            } catch (org.fazhi.model.AccessDeniedException e) {
                return false;
            }
        }
    }

    /** /assessment/systems/import: the generic import page; a file becomes a new system named after it. */
    @Path(SystemImport.PAGE)
    @Produces(MediaType.TEXT_HTML)
    public static final class SystemImport extends SheetImportPage {
        static final String PAGE = "/assessment/systems/import";

        SystemImport(Assessment assessment) {
            super(PAGE, (actor, file, force) -> SystemResource.imported(assessment, actor, file, force).indicators().size());
        }

        @Override
        protected PageModel model(CurrentUser user) {
            return ImportPages.model(user, "导入指标体系", NAV, "指标", "/assessment/systems", "返回指标体系",
                    "/api/indicator-systems/import-template", PAGE, "/api/indicator-systems/import",
                    String.join("、", org.fazhi.assessment.system.IndicatorSheet.HEADERS),
                    "一个文件导入为一个新的指标体系,以文件名为名称、今年为起始年度。每行一项指标,最多三级;"
                            + "上级编码填上一级指标的编码;末级指标必填分值;佐证材料、适用单位多项用“、”分隔;"
                            + "关联台账指标如“负责人出庭率;达到90%得满分”;一票否决填“是”或“否”。"
                            + "文件中任何一处错误时一条也不导入,并列出所有出错的行和列。");
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
    public static final class ResultsPage extends Page {
        ResultsPage(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View view(@Context ContainerRequestContext ctx, @Context UriInfo uri, @PathParam("id") String id,
                         @QueryParam("q") String q, @QueryParam("offset") String offset) {
            Opened o = open(ctx, id);
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
            return PageModel.of(user, r.title() + " · 考核结果", NAV)
                    .put("round", RoundLine.of(r))
                    .put("sentence", res.sentence())
                    .put("reached", res.reached())
                    .put("units", paged.units().stream().map(UnitLine::of).toList())
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

    public record MatrixRow(UnitLine unit, List<String> scores) {
    }

    /**
     * GET /assessment/rounds/{id}/matrix[?q=&offset=]: units × leaves, 50 units a page (q finds units by name), only
     * their scores read; the whole matrix is the .xlsx/CSV download.
     */
    @Path("/assessment/rounds/{id}/matrix")
    @Produces(MediaType.TEXT_HTML)
    public static final class Matrix extends Page {
        Matrix(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View view(@Context ContainerRequestContext ctx, @Context UriInfo uri, @PathParam("id") String id,
                         @QueryParam("q") String q, @QueryParam("offset") String offset) {
            Opened o = open(ctx, id);
            org.fazhi.model.Page page = Pager.page(offset);
            ResultService.Window w = assessment.results().matrix(o.user().actor(), o.id(), q, page.offset(), page.limit());
            ScoreMatrix m = w.matrix();
            return PageModel.of(o.user(), o.round().title() + " · 得分汇总", NAV)
                    .put("round", RoundLine.of(o.round()))
                    .put("leaves", m.leaves().stream().map(l -> new WeakLine(l.code(), l.title(), points(l.points()), null)).toList())
                    .put("rows", m.rows().stream().map(row -> new MatrixRow(UnitLine.of(row.unit()),
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
    public static final class Feedback extends Page {
        Feedback(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View view(@Context ContainerRequestContext ctx, @PathParam("id") String id, @PathParam("orgId") String orgId) {
            Opened o = open(ctx, id);
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
            return PageModel.of(user, unit.orgName() + " · 反馈报告", NAV)
                    .put("round", RoundLine.of(r))
                    .put("unit", UnitLine.of(unit))
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
