package org.fazhi.web.training;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgKind;
import org.fazhi.training.study.QuotaPeriod;
import org.fazhi.training.study.QuotaRule;
import org.fazhi.training.study.QuotaRuleService;
import org.fazhi.training.study.StudyKind;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.FormSubmission;

/**
 * /study-sessions/rules: the study quotas the compliance board judges by. Everyone sees them;
 * admins add, change, switch off and delete them.
 */
@Path("/study-sessions/rules")
@Produces(MediaType.TEXT_HTML)
public record QuotaRulePages(QuotaRuleService rules) {
    public record Row(long id, String label, String kinds, String orgKind, int minimum, String period,
                      String minMinutes, String requirement, boolean active) {
    }

    public record Check(String value, String label, boolean checked) {
    }

    @GET
    public View list(@Context ContainerRequestContext ctx, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        List<Row> rows = rules.all().stream().map(r -> new Row(r.id(), r.label(),
                r.kinds().stream().map(StudyKind::label).collect(Collectors.joining("、")), r.orgKind().label(),
                r.minimum(), r.period().label(), r.minMinutes() == null ? "不限" : r.minMinutes() + "分钟",
                r.requirementText(), r.active())).toList();
        return PageModel.of(user, "学法规则", "study")
                .put("tab_rules", true)
                .put("rows", rows)
                .put("flash", TrainingViews.FLASH.text(msg))
                .view("study-rules");
    }

    @GET
    @Path("new")
    public View newForm(@Context ContainerRequestContext ctx) {
        CurrentUser user = CurrentUser.admin(ctx);
        FormState form = FormState.empty().value("kinds", "EXEC_MEETING").value("orgKind", "COUNTY_GOV")
                .value("minimum", 4).value("period", "YEAR").value("active", "1");
        return form(user, form, null);
    }

    @POST
    public Response create(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.admin(ctx);
        return FormSubmission.submit(state(params), form -> {
            rules.create(user.actor(), fromForm(form));
            return "/study-sessions/rules?msg=created";
        }, failed -> form(user, failed, null));
    }

    @GET
    @Path("{id}/edit")
    public View editForm(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        CurrentUser user = CurrentUser.admin(ctx);
        QuotaRule r = rules.get(Params.pathId(id, "学法规则"));
        FormState form = FormState.empty().value("label", r.label())
                .value("kinds", r.kinds().stream().map(StudyKind::name).collect(Collectors.joining(",")))
                .value("orgKind", r.orgKind().name()).value("minimum", r.minimum()).value("period", r.period().name())
                .value("minMinutes", r.minMinutes()).value("active", r.active() ? "1" : "").value("version", r.version());
        return form(user, form, r);
    }

    @POST
    @Path("{id}")
    public Response update(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.admin(ctx);
        long ruleId = Params.pathId(id, "学法规则");
        QuotaRule current = rules.get(ruleId);
        return FormSubmission.submit(state(params), form -> {
            rules.update(user.actor(), ruleId, fromForm(form), form.version());
            return "/study-sessions/rules?msg=saved";
        }, failed -> form(user, failed, current));
    }

    /** Switches a rule off (kept for the record, no longer judged) or on again. */
    @POST
    @Path("{id}/active")
    public Response setActive(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                              MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.admin(ctx);
        QuotaRule r = rules.get(Params.pathId(id, "学法规则"));
        boolean active = "1".equals(params.getFirst("active"));
        rules.update(user.actor(), r.id(), new QuotaRule(null, r.label(), r.kinds(), r.orgKind(), r.minimum(), r.period(),
                r.minMinutes(), active, 0), r.version());
        return Redirects.to("/study-sessions/rules?msg=saved");
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@Context ContainerRequestContext ctx, @PathParam("id") String id,
                           @QueryParam("back") String back) {
        rules.delete(CurrentUser.of(ctx).actor(), Params.pathId(id, "学法规则"));
        return Redirects.backTo(back, "/study-sessions/rules", "deleted");
    }

    private View form(CurrentUser user, FormState form, QuotaRule editing) {
        Set<String> chosen = Set.of(form.get("kinds") == null ? new String[0] : form.get("kinds").split(","));
        List<Check> kinds = new ArrayList<>();
        for (StudyKind k : StudyKind.values()) {
            kinds.add(new Check(k.name(), k.label(), chosen.contains(k.name())));
        }
        return PageModel.form(user, "新增学法规则", "修改学法规则", "study", form, editing)
                .put("tab_rules", true)
                .put("kindChecks", kinds)
                .put("orgKindOptions", Options.of(OrgKind.class, form.get("orgKind")))
                .put("periodOptions", Options.of(QuotaPeriod.class, form.get("period")))
                .put("active", form.get("active") != null)
                .view("study-rule-form");
    }

    /** The form as typed; the ticked kinds (a repeated field) are kept as one comma-separated value. */
    private static FormState state(MultivaluedMap<String, String> params) {
        FormState form = FormState.of(params);
        List<String> kinds = params.get("kinds");
        form.value("kinds", kinds == null ? "" : String.join(",", kinds));
        return form;
    }

    private static QuotaRule fromForm(FormState f) {
        FieldErrors errors = new FieldErrors();
        List<StudyKind> kinds = errors.check(() -> {
            List<StudyKind> out = new ArrayList<>();
            if (f.get("kinds") != null) {
                for (String k : f.get("kinds").split(",")) {
                    out.add(StudyKind.parse(k));
                }
            }
            if (out.isEmpty()) {
                throw new ValidationException("kinds", "请至少选择一种学法类型");
            }
            return out;
        });
        OrgKind orgKind = errors.check(() -> {
            try {
                return OrgKind.parse(f.get("orgKind"));
            } catch (ValidationException e) {
                throw new ValidationException("orgKind", e.getMessage().replace("单位类型", "适用单位类型"));
            }
        });
        QuotaPeriod period = errors.check(() -> QuotaPeriod.parse(f.get("period")));
        Integer minimum = errors.check(() -> TrainingViews.requiredInt(f.get("minimum"), "minimum", "最低次数"));
        Integer minMinutes = errors.check(() -> Params.optionalInt(f.get("minMinutes"), "minMinutes", "每次最短时长"));
        QuotaRule rule = errors.check(() -> new QuotaRule(null, f.get("label"), kinds, orgKind,
                minimum == null ? 0 : minimum, period, minMinutes, f.get("active") != null, 0));
        errors.throwIfAny();
        return rule;
    }
}
