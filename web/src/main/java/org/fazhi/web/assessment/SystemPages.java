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
import java.util.ArrayList;
import java.util.List;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.system.EvidenceKind;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.assessment.system.IndicatorTree;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.imports.ImportPages;
import org.fazhi.web.imports.SheetImportPage;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;

/**
 * The 示范创建 indicator systems' pages: the list of every version, one system's tree, and the import page.
 * The editor's pages are {@link SystemEditPages}.
 */
public final class SystemPages {
    private SystemPages() {
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
    public static final class Systems extends AssessmentPages.Page {
        Systems(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View list(@Context ContainerRequestContext ctx, @QueryParam("msg") String msg) {
            CurrentUser user = CurrentUser.of(ctx);
            return PageModel.of(user, "指标体系", AssessmentPages.NAV)
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
    public static final class SystemView extends AssessmentPages.Page {
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
                        AssessmentPages.kinds(i.appliesTo()), i.veto(), i.binding() == null ? "" : i.binding().cell(),
                        tree.level(i.code()) < IndicatorTree.MAX_LEVEL));
            }
            return PageModel.of(user, s.label(), AssessmentPages.NAV)
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
            return ImportPages.model(user, "导入指标体系", AssessmentPages.NAV, "指标", "/assessment/systems", "返回指标体系",
                    "/api/indicator-systems/import-template", PAGE, "/api/indicator-systems/import",
                    String.join("、", org.fazhi.assessment.system.IndicatorSheet.HEADERS),
                    "一个文件导入为一个新的指标体系,以文件名为名称、今年为起始年度。每行一项指标,最多三级;"
                            + "上级编码填上一级指标的编码;末级指标必填分值;佐证材料、适用单位多项用“、”分隔;"
                            + "关联台账指标如“负责人出庭率;达到90%得满分”;一票否决填“是”或“否”。"
                            + "文件中任何一处错误时一条也不导入,并列出所有出错的行和列。");
        }
    }
}
