package org.fazhi.web.duties;

import org.fazhi.exchange.Provenance;
import org.fazhi.web.exchange.ReceivedPages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.DutyFigures;
import org.fazhi.duty.duties.DutyProgress;
import org.fazhi.duty.duties.PersonProgress;
import org.fazhi.duty.duties.UnitProgress;
import org.fazhi.model.ValidationException;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;
import org.fazhi.web.pages.FormSubmission;

/**
 * /duties: the year's progress board for a unit subtree — totals, then units and leaders with who is
 * behind first — and the form that generates the year's plan (organisers and admins).
 */
@Path("/duties")
@Produces(MediaType.TEXT_HTML)
public record DutyBoardPage(CoreServices core, Duties duties, Provenance provenance) {
    /** One row of the board; {@code link} drills into the unit or lists the leader's items. */
    public record Row(String name, String detail, String link, long total, long done, long overdue, long notApplicable,
                      String rate, BigDecimal meter, String state, String stateCss, boolean behind) {
    }

    @GET
    public View board(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                      @QueryParam("orgId") String orgId, @QueryParam("msg") String msg,
                      @QueryParam("created") String created) {
        CurrentUser user = CurrentUser.of(ctx);
        int thisYear = duties.items().today().getYear();
        Integer y = Params.optionalYear(year);
        int shown = y == null ? thisYear : y;
        Long org = Params.optionalOrg(orgId);
        String flash = "planned".equals(msg) ? DutyViews.planned(created, shown) : DutyViews.FLASH.text(msg);
        return view(user, shown, org, FormState.empty().value("year", shown), flash);
    }

    /** Generates the plan of a year for the chosen subtree; says how many items it created (0 the second time). */
    @POST
    @Path("plan")
    public Response plan(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.of(ctx);
        FormState form = FormState.of(params);
        Long org = Params.optionalOrg(form.get("orgId"));
        return FormSubmission.validate(form, typed -> {
            Integer year = Params.optionalYear(typed.get("year"));
            if (year == null) {
                throw new ValidationException("year", "请选择要生成计划的年度");
            }
            int created = duties.plans().plan(user.actor(), year, org);
            return "/duties?" + QueryString.of("year", String.valueOf(year), "orgId", DutyViews.str(org),
                    "msg", "planned", "created", String.valueOf(created));
        }, failed -> view(user, parseOr(failed.get("year"), duties.items().today().getYear()), org, failed, null));
    }

    private View view(CurrentUser user, int year, Long orgId, FormState planForm, String flash) {
        DutyProgress p = duties.progress().progress(user.actor(), year, orgId);
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        String selected = DutyViews.str(orgId);
        String scopeName = p.orgId() == null ? "全部单位"
                : tree.find(p.orgId()).map(Org::name).orElse("所选单位") + "及下属单位";
        String y = String.valueOf(year);
        List<Row> units = p.units().stream().map(u -> unitRow(u, y)).toList();
        List<Row> people = p.people().stream().map(r -> personRow(r, y)).toList();
        DutyFigures t = p.total();
        String filterQuery = QueryString.of("year", y, "orgId", selected);
        return PageModel.of(user, "第一责任人履职进度", "duties")
                .put("tab_board", true)
                .put("tabQuery", filterQuery)
                .put("year", year)
                .put("scopeName", scopeName)
                .put("total", t)
                .put("rate", t.rate().text())
                .put("meter", t.rate().value())
                .put("units", units)
                .put("people", people)
                .put("empty", t.total() == 0)
                .put("orgPicker", OrgPicker.filter(tree, selected))
                .put("yearOptions", YearChoices.toNextYear(year, duties.items().today().getYear()))
                .put("planYears", YearChoices.toNextYear(parseOr(planForm.get("year"), year), duties.items().today().getYear()))
                .put("planForm", planForm)
                .put("orgId", selected)
                .put("exportQuery", filterQuery)
                .put("overdueQuery", QueryString.of("year", y, "orgId", selected, "status", "OVERDUE"))
                .put("submittedQuery", QueryString.of("year", y, "orgId", selected, "reviewState", "SUBMITTED"))
                .put("itemsQuery", filterQuery)
                .put("flash", flash)
                // A received unit (报送) gets no plan here: its duties came in its package, read-only.
                .put("receivedFrom", ReceivedPages.ofList(provenance, user.actor(), orgId))
                .view("duty-board");
    }

    private static int parseOr(String text, int fallback) {
        try {
            int y = text == null ? fallback : Integer.parseInt(text);
            return y >= Years.MIN && y <= Years.MAX ? y : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Row unitRow(UnitProgress u, String year) {
        String link = u.own()
                ? "/duties/items?" + QueryString.of("year", year, "orgId", String.valueOf(u.orgId()))
                : "/duties?" + QueryString.of("year", year, "orgId", String.valueOf(u.orgId()));
        return row(u.own() ? u.orgName() + "(本单位领导)" : u.orgName(), u.own() ? "本单位" : "含下属单位", link,
                u.figures());
    }

    private static Row personRow(PersonProgress r, String year) {
        return row(r.personName(), r.orgName(), "/duties/items?" + QueryString.of("year", year,
                "personId", String.valueOf(r.personId())), r.figures());
    }

    /** State in words beside the colour: overdue items first, then done, then under way. */
    private static Row row(String name, String detail, String link, DutyFigures f) {
        Percent rate = f.rate();
        String state;
        String css;
        if (f.overdue() > 0) {
            state = "逾期 " + f.overdue() + " 项";
            css = "st-failed";
        } else if (!rate.defined()) {
            state = "无需履行";
            css = "st-na";
        } else if (f.done() + f.notApplicable() >= f.total()) {
            state = "全部完成";
            css = "st-met";
        } else {
            state = "推进中";
            css = "st-pace";
        }
        return new Row(name, detail, link, f.total(), f.done(), f.overdue(), f.notApplicable(), rate.text(), rate.value(),
                state, css, f.overdue() > 0);
    }
}
