package org.fazhi.web.assessment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.round.Grades;
import org.fazhi.assessment.round.Round;
import org.fazhi.assessment.round.RoundDraft;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.FormSubmission;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;

/**
 * /assessment/rounds/new: opens a round (year, system version, assessing unit, deadlines, pass score, grade
 * thresholds, target) over every unit below the assessing unit that a leaf applies to, or over the units ticked
 * in the {@link UnitChooser}. A refusal shows the
 * form again as typed, each wrong field with its Chinese message; nothing is stored then.
 */
@Path("/assessment/rounds/new")
@Produces(MediaType.TEXT_HTML)
public record RoundFormPage(Assessment assessment, CoreServices core) {
    @GET
    public View form(@Context ContainerRequestContext ctx) {
        CurrentUser user = CurrentUser.writer(ctx);
        LocalDate today = assessment.rounds().today();
        return page(user, FormState.empty().value("year", today.getYear()).value("selfDeadline", today.plusMonths(1))
                .value("reviewDeadline", today.plusMonths(2)).value("passScore", "60").value("excellent", "90")
                .value("good", "80").value("qualified", "60").value("target", "50"), Set.of());
    }

    /**
     * Opens the round; a post from one of the unit chooser's buttons ({@code _action} filter, all or none) draws
     * the form again with the units shown or ticked as asked, and stores nothing.
     */
    @POST
    public Response open(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.writer(ctx);
        Set<Long> ticked = ticked(params);
        String action = params.getFirst("_action");
        if (action != null && !action.isBlank()) {
            FormState form = FormState.of(params);
            if (!"filter".equals(action)) {
                form.value(UnitChooser.MODE, "chosen");
            }
            Set<Long> after = UnitChooser.after(action, ticked, chooser(user, form, ticked));
            return Response.ok(page(user, form, after)).build();
        }
        boolean chosen = "chosen".equals(params.getFirst(UnitChooser.MODE));
        return FormSubmission.submit(params, form -> {
            if (chosen && ticked.isEmpty()) {
                throw new ValidationException(UnitChooser.UNITS, "请勾选参评单位,或选择“全部下级单位”");
            }
            try {
                Round r = assessment.rounds().open(user.actor(), draft(form, chosen ? List.copyOf(ticked) : List.of()));
                return "/assessment/rounds/" + r.id();
            } catch (ValidationException e) {
                throw new ValidationException(e.all().stream().map(p -> new ValidationException(formField(p.field(), chosen),
                        p.getMessage())).toList());
            }
        }, form -> page(user, form, ticked));
    }

    /** The units ticked in the chooser; what is not an id is left out. */
    private static Set<Long> ticked(MultivaluedMap<String, String> params) {
        Set<Long> out = new LinkedHashSet<>();
        List<String> values = params.get(UnitChooser.UNITS);
        for (String v : values == null ? List.<String>of() : values) {
            if (v != null && v.strip().matches("\\d{1,18}")) {
                out.add(Long.parseLong(v.strip()));
            }
        }
        return out;
    }

    /**
     * The form's name of a field the round names: the grade lines by their own names, the units at the chooser
     * when the round covers the ticked ones, else at the assessing unit.
     */
    private static String formField(String field, boolean chosen) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "grades", "grades.excellent" -> "excellent";
            case "grades.good" -> "good";
            case "grades.qualified" -> "qualified";
            case "unitIds" -> chosen ? UnitChooser.UNITS : "orgId";
            default -> field;
        };
    }

    private static RoundDraft draft(FormState f, List<Long> units) {
        FieldErrors errors = new FieldErrors();
        Integer year = errors.check(() -> Params.optionalYear(f.get("year")));
        Long systemId = errors.check(() -> Params.optionalId(f.get("systemId"), "systemId", "指标体系"));
        Long orgId = errors.check(() -> Params.optionalId(f.get("orgId"), "orgId", "考核单位"));
        LocalDate self = errors.check(() -> Params.optionalDate(f.get("selfDeadline"), "selfDeadline", "自评截止日期"));
        LocalDate review = errors.check(() -> Params.optionalDate(f.get("reviewDeadline"), "reviewDeadline", "审核截止日期"));
        BigDecimal pass = errors.check(() -> decimal(f, "passScore", "达标分数"));
        BigDecimal excellent = errors.check(() -> decimal(f, "grades.excellent", "优秀分数线"));
        BigDecimal good = errors.check(() -> decimal(f, "grades.good", "良好分数线"));
        BigDecimal qualified = errors.check(() -> decimal(f, "grades.qualified", "合格分数线"));
        BigDecimal target = errors.check(() -> decimal(f, "target", "年度达标目标(%)"));
        errors.throwIfAny();
        return new RoundDraft(year, f.get("title"), systemId, orgId, units, self, review, pass,
                new Grades(excellent, good, qualified), target);
    }

    /** A number typed in the form (the grade fields are named excellent, good, qualified there). */
    private static BigDecimal decimal(FormState f, String field, String label) {
        String text = f.get(field.startsWith("grades.") ? field.substring("grades.".length()) : field);
        if (text == null || text.isBlank()) {
            throw new ValidationException(field, "请填写" + label);
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, label + "必须是数字,最多一位小数,例如 60 或 85.5");
        }
    }

    private UnitChooser chooser(CurrentUser user, FormState form, Set<Long> ticked) {
        Long orgId = form.get("orgId") != null && form.get("orgId").matches("\\d{1,18}") ? Long.valueOf(form.get("orgId")) : null;
        OrgKind kind = null;
        try {
            kind = form.get(UnitChooser.KIND) == null ? null : OrgKind.valueOf(form.get(UnitChooser.KIND));
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        return new UnitChooser(core.visibleOrgs().tree(user.actor()), orgId, ticked, kind,
                "chosen".equals(form.get(UnitChooser.MODE)));
    }

    private View page(CurrentUser user, FormState form, Set<Long> ticked) {
        Actor actor = user.actor();
        List<Options.Option> systems = assessment.systems().list(actor).stream()
                .map(s -> new Options.Option(String.valueOf(s.id()), s.label() + (s.sample() ? " · 样例" : "") + " · 总分 "
                        + AssessmentPages.points(s.total()), String.valueOf(s.id()).equals(form.get("systemId"))))
                .toList();
        return PageModel.form(user, "开启考核轮次", null, AssessmentPages.NAV, form, null)
                .put("systems", systems)
                .put("orgPicker", OrgPicker.field(core, actor, form, "orgId"))
                .put("chooser", chooser(user, form, ticked))
                .view("assessment-round-form");
    }
}
