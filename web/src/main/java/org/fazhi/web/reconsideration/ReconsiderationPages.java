package org.fazhi.web.reconsideration;

import org.fazhi.web.exchange.ReceivedPages;
import org.fazhi.exchange.Provenance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgTree;
import org.fazhi.reconsideration.Reconsiderations;
import org.fazhi.reconsideration.cases.ApplicantType;
import org.fazhi.reconsideration.cases.CaseFilter;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.MatterCategory;
import org.fazhi.reconsideration.cases.Procedure;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.reconsideration.stats.ReconsiderationStats;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.Flash;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Pager;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.RecordPages;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;

/**
 * /reconsiderations: the 行政复议 cases with their due dates (overdue ones stand out) and the year's figures, the
 * filters of the API, the exports; and the form to register a case or record its acceptance and decision.
 */
@Path("/reconsiderations")
@Produces(MediaType.TEXT_HTML)
public final class ReconsiderationPages extends RecordPages<ReconsiderationCase> {
    static final String BASE = "/reconsiderations";
    private static final String WHAT = "行政复议案件";

    private final CoreServices core;
    private final Reconsiderations r;
    private final Provenance provenance;

    ReconsiderationPages(CoreServices core, Reconsiderations r, Provenance provenance) {
        super(WHAT, BASE, r.cases()::find, ReconsiderationPages::fields,
                (actor, form) -> r.cases().create(actor, fromForm(actor, form, r)),
                (actor, id, form) -> r.cases().update(actor, id, fromForm(actor, form, r), form.version()), r.cases()::delete);
        this.core = core;
        this.r = r;
        this.provenance = provenance;
    }

    /** A line of the list: the case with where it stands today. */
    public record Row(long id, String caseNo, String applicant, String respondent, String category, String receivedOn,
                      String stage, String due, String decision, boolean overdue, boolean late, boolean received) {
    }

    @GET
    public View list(@Context ContainerRequestContext ctx, @Context UriInfo uri, @QueryParam("orgId") String orgId,
                     @QueryParam("year") String year, @QueryParam("decision") String decision,
                     @QueryParam("stage") String stage, @QueryParam("overdue") String overdue, @QueryParam("q") String q,
                     @QueryParam("offset") String offset, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        Actor actor = user.actor();
        LocalDate today = r.cases().today();
        int y = Params.yearOr(year, today.getYear());
        CaseFilter f = ReconsiderationParams.filter(orgId, String.valueOf(y), decision, stage, overdue, q);
        Page page = Pager.page(offset);
        PageResult<ReconsiderationCase> rows = r.cases().list(actor, f, page);
        ReconsiderationStats s = r.stats().stats(actor, y, f.orgId());
        String orgText = f.orgId() == null ? null : String.valueOf(f.orgId());
        java.util.Set<Long> received = rows.items().isEmpty() ? java.util.Set.of() : provenance.receivedUnits();
        String filterQuery = QueryString.of("orgId", orgText, "year", String.valueOf(y), "decision",
                f.decision() == null ? null : f.decision().name(), "stage", f.stage() == null ? null : f.stage().name(),
                "overdue", f.overdueOnly() ? "true" : null, "q", f.text());
        return PageModel.of(user, "行政复议", "reconsideration")
                .put("rows", rows.items().stream().map(c -> row(c, today, received.contains(c.respondentOrgId()))).toList())
                .put("pager", Pager.of(uri, page, rows.total()))
                .put("year", y)
                .put("stats", s)
                .put("summary", s.summary())
                .put("orgPicker", OrgPicker.filter(core.visibleOrgs().tree(actor), orgText))
                .put("yearOptions", YearChoices.toThisYear(y, today.getYear()))
                .put("decisionOptions", Options.of(Decision.class, f.decision() == null ? null : f.decision().name()))
                .put("stageOptions", Options.of(ReconsiderationCase.Stage.class, f.stage() == null ? null : f.stage().name()))
                .put("overdueOnly", f.overdueOnly())
                .put("q", f.text())
                .put("exportQuery", filterQuery)
                .put("statsQuery", QueryString.of("orgId", orgText, "year", String.valueOf(y)))
                .put("tabQuery", QueryString.of("orgId", orgText, "year", String.valueOf(y)))
                .put("flash", Flash.RECORDS.text(msg))
                .put("receivedFrom", ReceivedPages.ofList(provenance, user.actor(), f.orgId()))
                .put("tab_cases", true)
                .view("reconsiderations");
    }

    private static Row row(ReconsiderationCase c, LocalDate today, boolean received) {
        ReconsiderationCase.Standing s = c.standing(today);
        String due = switch (s.stage()) {
            case ACCEPTANCE -> s.daysLeft() < 0 ? "受理审查已逾期" + (-s.daysLeft()) + "天" : "受理审查剩" + s.daysLeft() + "天";
            case HEARING -> c.dueOn() + (s.daysLeft() < 0 ? "(已逾期" + (-s.daysLeft()) + "天)" : "(剩" + s.daysLeft() + "天)");
            case DECIDED -> c.dueOn() + (s.daysLate() == null ? "" : "(超期" + s.daysLate() + "天结案)");
            case NOT_ACCEPTED -> "";
        };
        return new Row(c.id(), c.caseNo(), c.applicant(), c.respondentOrgName(), c.category().label(),
                c.receivedOn().toString(), s.stage().label(), due,
                c.decision() == null ? "" : c.decision().label() + (c.correctedIndirectly() ? "(已纠正)" : ""),
                s.overdue() && s.stage() != ReconsiderationCase.Stage.DECIDED, s.daysLate() != null, received);
    }

    // ---- the form ----

    @GET
    @Path("new")
    public View newForm(@Context ContainerRequestContext ctx, @QueryParam("orgId") String orgId) {
        CurrentUser user = CurrentUser.writer(ctx);
        FormState form = FormState.empty().value("respondentOrgId", orgId).value("receivedOn", r.cases().today())
                .value("applicantType", ApplicantType.CITIZEN.name()).value("procedure", Procedure.NORMAL.name())
                .value("extendedDays", 0);
        return form(user, form, null);
    }

    private static FormState fields(ReconsiderationCase c) {
        return FormState.empty().value("caseNo", c.caseNo()).value("applicant", c.applicant())
                .value("applicantType", c.applicantType().name()).value("respondentOrgId", c.respondentOrgId())
                .value("category", c.category().name()).value("receivedOn", c.receivedOn())
                .value("acceptedOn", c.acceptedOn()).value("notAcceptedReason", c.notAcceptedReason())
                .value("procedure", c.procedure().name()).value("extendedDays", c.extendedDays())
                .value("decidedOn", c.decidedOn()).value("decision", c.decision() == null ? "" : c.decision().name())
                .value("correctedIndirectly", c.correctedIndirectly() ? "true" : null)
                .value("courtCaseId", c.courtCaseId()).value("note", c.note()).value("version", c.version());
    }

    /** Back to the list of the year the case was received in, where it stands. */
    @Override
    protected String afterSave(ReconsiderationCase saved, String msg) {
        return BASE + "?" + QueryString.of("year", String.valueOf(saved.receivedOn().getYear()), "msg", msg);
    }

    @Override
    protected String afterDelete(Actor actor, long id) {
        return BASE + "?" + QueryString.of("year", String.valueOf(r.cases().find(actor, id).receivedOn().getYear()));
    }

    @Override
    protected String unitField() {
        return "respondentOrgId";
    }

    @Override
    protected View form(CurrentUser user, FormState form, ReconsiderationCase editing) {
        LocalDate today = r.cases().today();
        PageModel p = PageModel.form(user, "登记行政复议案件", "修改行政复议案件", "reconsideration", form, editing)
                .put("orgPicker", OrgPicker.field(core, user.actor(), form, "respondentOrgId").mustChoose()
                        .writable(provenance.receivedUnits()))
                .put("applicantTypeOptions", Options.of(ApplicantType.class, form.get("applicantType")))
                .put("categoryOptions", Options.of(MatterCategory.class, form.get("category")))
                .put("procedureOptions", Options.of(Procedure.class, form.get("procedure")))
                .put("decisionOptions", Options.of(Decision.class, form.get("decision")))
                .put("corrected", "true".equals(form.get("correctedIndirectly")))
                .put("today", today.toString());
        if (editing != null) {
            ReconsiderationCase.Standing s = editing.standing(today);
            p.put("standing", s).put("stageLabel", s.stage().label()).put("dueOn", editing.dueOn())
                    .put("receivedFrom", provenance.ofRecord("reconsiderations", editing.id(), editing.respondentOrgId())
                            .orElse(null));
            if (editing.courtCaseId() != null) {
                String lawsuitNo = r.cases().lawsuitCaseNo(editing.courtCaseId());
                p.put("lawsuitHref", "/court-cases/" + editing.courtCaseId()).put("lawsuitNo", lawsuitNo);
                // The stored link shown as the 案号 users know; a refused form keeps what was typed.
                if (!form.getV().containsKey("courtCaseNo")) {
                    form.value("courtCaseNo", lawsuitNo);
                    // The stored case itself, so a save that leaves the 案号 as it is keeps the link to its 审级.
                    form.value("courtCaseId", String.valueOf(editing.courtCaseId()));
                }
            }
        }
        return p.view("reconsideration-form");
    }

    /**
     * The lawsuit the form names: by its 案号 ({@code courtCaseNo}) — the stored case when the 案号 is still its own
     * (one 案号 may stand at several 审级; the first registered is taken only for a 案号 typed anew), none when it was
     * cleared —, else, from a post without that field (as the form posted before), by id ({@code courtCaseId}).
     */
    private static Long lawsuit(Actor actor, FormState f, Reconsiderations r) {
        Long stored = Params.optionalId(f.get("courtCaseId"), "courtCaseId", "后续诉讼案件");
        if (!f.getV().containsKey("courtCaseNo")) {
            return stored;
        }
        String no = f.get("courtCaseNo");
        if (no == null) {
            return null; // the 案号 cleared: the link goes
        }
        if (stored != null && no.equals(r.cases().lawsuitCaseNo(stored))) {
            return stored;
        }
        return r.cases().lawsuitByCaseNo(actor, no, "courtCaseNo");
    }

    /**
     * The form's case. The lawsuit is named by its 案号 ({@code courtCaseNo}, looked up in the court ledger); a post
     * that names it by id ({@code courtCaseId}, as the form did before) is still taken; neither: no lawsuit.
     */
    static ReconsiderationCase fromForm(Actor actor, FormState f, Reconsiderations r) {
        FieldErrors errors = new FieldErrors();
        Long respondent = errors.check(() -> Params.optionalId(f.get("respondentOrgId"), "respondentOrgId", "被申请人"));
        Integer extended = errors.check(() -> Params.optionalInt(f.get("extendedDays"), "extendedDays", "延长天数"));
        Long lawsuit = errors.check(() -> lawsuit(actor, f, r));
        ReconsiderationCase c = errors.check(() -> ReconsiderationJson.draft(f.get("caseNo"), f.get("applicant"),
                f.get("applicantType"), respondent, f.get("category"), f.get("receivedOn"), f.get("acceptedOn"),
                f.get("notAcceptedReason"), f.get("procedure"), extended, f.get("decidedOn"), f.get("decision"),
                "true".equals(f.get("correctedIndirectly")), lawsuit, f.get("note")));
        errors.throwIfAny();
        return c;
    }
}
