package org.fazhi.web.assessment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.figures.LedgerFigure;
import org.fazhi.assessment.system.EvidenceKind;
import org.fazhi.assessment.system.Indicator;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.assessment.system.IndicatorSystemService;
import org.fazhi.assessment.system.IndicatorTree;
import org.fazhi.model.NotFoundException;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.fazhi.web.api.Params;
import org.fazhi.web.assessment.SystemJson.IndicatorJson;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.Flash;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.FormSubmission;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;

/**
 * The indicator system made and edited in pages: a new system (its name, first year and first indicator),
 * the name and year of a stored one, an indicator added under a parent or edited, an indicator deleted with
 * everything below it, the sample loaded, and a system a round uses saved as a new version (另存为新版本) to
 * edit. Every save goes through {@code IndicatorSystemService}, which checks the whole tree (≤ 3 levels,
 * leaves with points) and guards the version the form was loaded with; a parent's points are always its
 * children's sum. A refusal shows the form again as typed with the Chinese message beside the field.
 */
public final class SystemEditPages {
    static final Flash FLASH = Flash.of("created", "指标体系已新建。", "saved", "已保存。", "deleted", "指标及其下级指标已删除。",
            "sample", "样例指标体系已载入:其分值为占位,须自行设定。", "sampleThere", "已有未修改的样例指标体系,未重复载入。",
            "copied", "已另存为新版本:修改只作用于本版本,已开启的考核轮次仍使用原版本。",
            "newVersion", "原版本已用于考核,修改已保存为本新版本。");

    private SystemEditPages() {
    }

    static String href(long id, String msg) {
        return "/assessment/systems/" + id + (msg == null ? "" : "?msg=" + msg);
    }

    /** Where a saved edit goes: the same version, or (a system a round uses) the new one the save stored. */
    static String saved(long before, IndicatorSystem after, String msg) {
        return href(after.id(), after.id() == before ? msg : "newVersion");
    }

    /** GET/POST /assessment/systems/new: a system's name, first year and first 一级 indicator. */
    @Path("/assessment/systems/new")
    @Produces(MediaType.TEXT_HTML)
    public static final class NewSystem extends AssessmentPages.Page {
        NewSystem(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View form(@Context ContainerRequestContext ctx) {
            CurrentUser user = CurrentUser.writer(ctx);
            return page(user, FormState.empty().value("fromYear", LocalDate.now(assessment.clock()).getYear()).value("code", "1"));
        }

        @POST
        public Response create(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
            CurrentUser user = CurrentUser.writer(ctx);
            return FormSubmission.submit(params, form -> {
                List<Indicator> first;
                try {
                    first = List.of(new IndicatorJson(form.get("code"), null, form.get("indicatorTitle"), null,
                            Forms.points(form.get("points")), null, null, null, null, false).toIndicator());
                } catch (ValidationException e) {
                    throw Forms.named(e, "indicators.0.");
                }
                try {
                    IndicatorSystem s = assessment.systems().create(user.actor(), form.get("title"),
                            Params.optionalYear(form.get("fromYear")), null, first);
                    return href(s.id(), "created");
                } catch (ValidationException e) {
                    throw Forms.named(e, "");
                }
            }, form -> page(user, form));
        }

        private View page(CurrentUser user, FormState form) {
            return PageModel.form(user, "新建指标体系", null, AssessmentPages.NAV, form, null).view("assessment-system-new");
        }
    }

    /** POST /assessment/systems/sample: the shipped sample, once per unit keeping it (loading it again stores nothing). */
    @Path("/assessment/systems/sample")
    public static final class LoadSample extends AssessmentPages.Page {
        LoadSample(Assessment assessment) {
            super(assessment);
        }

        @POST
        public Response load(@Context ContainerRequestContext ctx) {
            IndicatorSystemService.Loaded l = assessment.systems().loadSampleOnce(CurrentUser.writer(ctx).actor(), null);
            return Redirects.to(href(l.system().id(), l.created() ? "sample" : "sampleThere"));
        }
    }

    /** GET/POST /assessment/systems/{id}/edit: the name and first year of a version. */
    @Path("/assessment/systems/{id}/edit")
    @Produces(MediaType.TEXT_HTML)
    public static final class EditSystem extends AssessmentPages.Page {
        EditSystem(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View form(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
            CurrentUser user = CurrentUser.writer(ctx);
            IndicatorSystem s = editable(assessment, user, id);
            return page(user, s, FormState.empty().value("title", s.title()).value("fromYear", s.fromYear())
                    .value("version", s.version()));
        }

        @POST
        public Response save(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                             MultivaluedMap<String, String> params) {
            CurrentUser user = CurrentUser.writer(ctx);
            IndicatorSystem s = editable(assessment, user, id);
            return FormSubmission.submit(params, form -> saved(s.id(), assessment.systems().update(user.actor(), s.id(),
                    form.get("title"), Params.optionalYear(form.get("fromYear")), s.indicators(), form.version()), "saved"),
                    form -> page(user, s, form));
        }

        private View page(CurrentUser user, IndicatorSystem s, FormState form) {
            return PageModel.form(user, null, "修改指标体系名称与年度", AssessmentPages.NAV, form, SystemPages.SystemLine.of(s))
                    .view("assessment-system-edit");
        }
    }

    public record Check(String value, String label, boolean checked) {
    }

    /**
     * GET/POST /assessment/systems/{id}/indicator: ?code= edits that indicator, ?parent= adds one below that
     * one, neither adds a 一级 indicator. The post names the indicator edited in {@code original} (blank: a new one).
     */
    @Path("/assessment/systems/{id}/indicator")
    @Produces(MediaType.TEXT_HTML)
    public static final class IndicatorForm extends AssessmentPages.Page {
        IndicatorForm(Assessment assessment) {
            super(assessment);
        }

        @GET
        public View form(@Context ContainerRequestContext ctx, @PathParam("id") String id, @QueryParam("code") String code,
                         @QueryParam("parent") String parent) {
            CurrentUser user = CurrentUser.writer(ctx);
            IndicatorSystem s = editable(assessment, user, id);
            FormState form = FormState.empty().value("version", s.version());
            if (code != null && !code.isBlank()) {
                Indicator i = find(s, code);
                IndicatorJson j = IndicatorJson.of(i);
                form.value("original", i.code()).value("code", i.code()).value("parentCode", i.parentCode())
                        .value("title", i.title()).value("standard", i.standard())
                        .value("points", i.points() == null ? null : i.points().stripTrailingZeros().toPlainString())
                        .value("metric", j.metric()).value("rule", j.rule()).value("veto", i.veto() ? "1" : null);
                return page(user, s, form, Set.copyOf(j.evidenceKinds()), Set.copyOf(j.appliesTo()));
            }
            if (parent != null && !parent.isBlank()) {
                form.value("parentCode", find(s, parent).code()).value("code", nextCode(s, parent));
            } else {
                form.value("code", nextCode(s, null));
            }
            return page(user, s, form, Set.of(), Set.of());
        }

        @POST
        public Response save(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                             MultivaluedMap<String, String> params) {
            CurrentUser user = CurrentUser.writer(ctx);
            IndicatorSystem s = editable(assessment, user, id);
            Set<String> evidence = values(params, "evidenceKinds");
            Set<String> kinds = values(params, "appliesTo");
            return FormSubmission.submit(params, form -> {
                Indicator node = new IndicatorJson(form.get("code"), form.get("parentCode"), form.get("title"),
                        form.get("standard"), Forms.points(form.get("points")), List.copyOf(evidence), List.copyOf(kinds),
                        form.get("metric"), form.get("rule"), form.get("veto") != null).toIndicator();
                String original = form.get("original");
                List<Indicator> edited = original == null ? TreeEdits.added(s.indicators(), node)
                        : TreeEdits.replaced(s.indicators(), find(s, original).code(), node);
                int at = edited.indexOf(node);
                try {
                    return saved(s.id(), assessment.systems().update(user.actor(), s.id(), s.title(), s.fromYear(),
                            TreeEdits.summed(edited), form.version()), "saved");
                } catch (ValidationException e) {
                    throw Forms.atIndicator(e, at);
                }
            }, form -> page(user, s, form, evidence, kinds));
        }

        /** POST /assessment/systems/{id}/indicator/delete {code, version}: the indicator and everything below it. */
        @POST
        @Path("delete")
        public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                               MultivaluedMap<String, String> params) {
            CurrentUser user = CurrentUser.writer(ctx);
            IndicatorSystem s = editable(assessment, user, id);
            FormState form = FormState.of(params);
            String code = find(s, form.get("code")).code();
            List<Indicator> left = TreeEdits.removed(s.indicators(), code);
            if (left.isEmpty()) {
                throw new ValidationException("code", "不能删除最后一项一级指标:指标体系至少应有一项指标");
            }
            return Redirects.to(saved(s.id(), assessment.systems().update(user.actor(), s.id(), s.title(), s.fromYear(),
                    TreeEdits.summed(left), form.version()), "deleted"));
        }

        private View page(CurrentUser user, IndicatorSystem s, FormState form, Set<String> evidence, Set<String> kinds) {
            IndicatorTree tree = s.tree();
            String original = form.get("original");
            Set<String> below = original == null ? Set.of() : TreeEdits.subtree(s.indicators(), original);
            List<Options.Option> parents = new ArrayList<>();
            for (Indicator i : s.indicators()) {
                if (tree.level(i.code()) < IndicatorTree.MAX_LEVEL && !below.contains(i.code())) {
                    parents.add(new Options.Option(i.code(), "  ".repeat(tree.level(i.code()) - 1) + i.code() + " " + i.title(),
                            i.code().equals(form.get("parentCode"))));
                }
            }
            boolean parent = original != null && !tree.isLeaf(original);
            List<Options.Option> metrics = new ArrayList<>();
            for (LedgerFigure f : LedgerFigure.values()) {
                metrics.add(new Options.Option(f.name(), f.label(), f.name().equals(form.get("metric"))));
            }
            List<Check> evidenceChecks = new ArrayList<>();
            for (EvidenceKind k : EvidenceKind.values()) {
                evidenceChecks.add(new Check(k.name(), k.label(), evidence.contains(k.name())));
            }
            List<Check> kindChecks = new ArrayList<>();
            for (OrgKind k : OrgKind.values()) {
                kindChecks.add(new Check(k.name(), k.label(), kinds.contains(k.name())));
            }
            return PageModel.form(user, "添加指标", "修改指标", AssessmentPages.NAV, form, original)
                    .put("system", SystemPages.SystemLine.of(s))
                    .put("parents", parents)
                    .put("isParent", parent)
                    .put("sum", parent ? AssessmentPages.points(tree.get(original).points()) : null)
                    .put("metrics", metrics)
                    .put("evidenceChecks", evidenceChecks)
                    .put("kindChecks", kindChecks)
                    .view("assessment-indicator-form");
        }
    }

    /** POST /assessment/systems/{id}/copy {version}: a version a round uses, copied into the lineage's next version to edit. */
    @Path("/assessment/systems/{id}/copy")
    @Produces(MediaType.TEXT_HTML)
    public static final class NewVersion extends AssessmentPages.Page {
        NewVersion(Assessment assessment) {
            super(assessment);
        }

        @POST
        public Response copy(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                             MultivaluedMap<String, String> params) {
            CurrentUser user = CurrentUser.writer(ctx);
            IndicatorSystem copy = assessment.systems().newVersion(user.actor(), Params.pathId(id, "指标体系"),
                    FormState.of(params).version());
            return Redirects.to(href(copy.id(), "copied"));
        }
    }

    /** The system in the address, as its keeper may edit it (403 for anyone else). */
    static IndicatorSystem editable(Assessment assessment, CurrentUser user, String id) {
        return assessment.systems().editable(user.actor(), Params.pathId(id, "指标体系"));
    }

    private static Indicator find(IndicatorSystem s, String code) {
        return s.indicators().stream().filter(i -> i.code().equals(code == null ? null : code.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("指标体系“" + s.label() + "”中没有编码为 " + code + " 的指标"));
    }

    /** A code not yet taken: the parent's code and the next number below it ("2.3"), or the next 一级 number. */
    static String nextCode(IndicatorSystem s, String parent) {
        Set<String> taken = new HashSet<>();
        s.indicators().forEach(i -> taken.add(i.code()));
        long children = s.indicators().stream().filter(i -> java.util.Objects.equals(i.parentCode(), parent)).count();
        for (long n = children + 1; ; n++) {
            String c = parent == null ? String.valueOf(n) : parent + "." + n;
            if (!taken.contains(c)) {
                return c;
            }
        }
    }

    private static Set<String> values(MultivaluedMap<String, String> params, String name) {
        List<String> v = params.get(name);
        return v == null ? Set.of() : new java.util.LinkedHashSet<>(v.stream().filter(x -> x != null && !x.isBlank()).toList());
    }

    /** The form's names for what the service and the indicator name. */
    static final class Forms {
        private Forms() {
        }

        static BigDecimal points(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("points", "分值必须是数字,最多一位小数,例如 5 或 2.5");
            }
        }

        /** The new-system form: the first indicator's fields carry {@code prefix}; its title is "indicatorTitle". */
        static ValidationException named(ValidationException e, String prefix) {
            return new ValidationException(e.all().stream().map(p -> {
                String f = p.field() == null ? null : prefix + p.field();
                String message = p.getMessage().replaceFirst("^第1项指标(\\(编码 [^)]*\\))?:", "");
                if (f != null && f.startsWith("indicators.0.")) {
                    f = f.substring("indicators.0.".length());
                    f = f.equals("title") ? "indicatorTitle" : f;
                }
                return new ValidationException(f, message);
            }).toList());
        }

        /** The service's "indicators.N.field": beside the form's field when N is the edited one, else at the top. */
        static ValidationException atIndicator(ValidationException e, int at) {
            String mine = "indicators." + at + ".";
            return new ValidationException(e.all().stream().map(p -> {
                String f = p.field();
                if (f != null && f.startsWith(mine)) {
                    String field = f.substring(mine.length());
                    return new ValidationException(field.equals("binding") ? "metric" : field,
                            p.getMessage().replaceFirst("^第\\d+项指标(\\(编码 [^)]*\\))?:", ""));
                }
                return new ValidationException(f != null && f.startsWith("indicators") ? null : f, p.getMessage());
            }).toList());
        }
    }
}
