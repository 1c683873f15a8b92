package org.fazhi.web.court;

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
import java.time.Clock;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.court.AppearanceService;
import org.fazhi.duty.court.CourtSettings;
import org.fazhi.duty.court.Denominator;
import org.fazhi.duty.court.Period;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.ValidationException;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;

/**
 * /court-cases/ranking?year=&quarter=|month=&orgId=: the units ranked by 出庭率 for a year, quarter or
 * month, the 约谈 list with its reasons, links to the ranking's export; and, for admins, the form of the
 * two settings (denominator and 约谈线).
 */
@Path("/court-cases/ranking")
@Produces(MediaType.TEXT_HTML)
public record RankingPage(CoreServices core, AppearanceService appearance, Clock clock) {
    @GET
    public View page(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                     @QueryParam("quarter") String quarter, @QueryParam("month") String month,
                     @QueryParam("orgId") String orgId, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        return view(user, CourtParams.period(year, quarter, month, clock), Params.optionalOrg(orgId), msg, null);
    }

    /** Admins only; the period and unit being looked at come back as hidden fields, as numbers only. */
    @POST
    @Path("settings")
    public Response settings(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.admin(ctx);
        FormState form = FormState.of(params);
        Period period = CourtParams.period(form.get("year"), form.get("quarter"), form.get("month"), clock);
        Long org = Params.optionalOrg(form.get("orgId"));
        try {
            FieldErrors errors = new FieldErrors();
            Denominator d = errors.check(() -> Denominator.parse(form.get("denominator")));
            BigDecimal t = errors.check(() -> threshold(form.get("flagThreshold")));
            errors.throwIfAny();
            appearance.saveSettings(user.actor(), d, t);
            return Redirects.to("/court-cases/ranking?" + query(period, org) + "&msg=settings");
        } catch (ValidationException e) {
            return Response.status(400).entity(view(user, period, org, null, form.fail(e))).build();
        }
    }

    private static BigDecimal threshold(String text) {
        if (text == null) {
            throw new ValidationException("flagThreshold", "约谈线不能为空");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("flagThreshold", "约谈线应为0到100之间的数,例如 80 或 85.5");
        }
    }

    static String query(Period p, Long org) {
        return QueryString.of("year", String.valueOf(p.year()), "quarter", CourtViews.text(p.quarter()),
                "month", CourtViews.text(p.month()), "orgId", CourtViews.text(org));
    }

    private View view(CurrentUser user, Period period, Long org, String msg, FormState settings) {
        AppearanceRates r = appearance.rates(user.actor(), period, org);
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        PageModel p = PageModel.of(user, period.label() + "出庭应诉排名", "court")
                .put("tab_ranking", true)
                .put("summary", RateSummary.of(r))
                .put("lines", Ranking.lines(r))
                .put("flags", Ranking.flags(r))
                .put("hasFlags", !r.flagged().isEmpty())
                .put("period", period)
                .put("orgPicker", OrgPicker.filter(tree, CourtViews.text(org)))
                .put("yearOptions", YearChoices.toNextYear(period.year(), clock))
                .put("quarterOptions", CourtViews.numbers(4, "第", "季度", period.quarter()))
                .put("monthOptions", CourtViews.numbers(12, "", "月", period.month()))
                .put("query", query(period, org))
                .put("orgIdValue", CourtViews.text(org))
                .put("bulletinQuery", QueryString.of("year", String.valueOf(period.year()),
                        "month", CourtViews.text(period.month()), "orgId", CourtViews.text(org)))
                .put("flash", CourtViews.FLASH.text(msg));
        if (user.actor().isAdmin()) {
            CourtSettings s = appearance.settings();
            FormState f = settings != null ? settings : FormState.empty().value("denominator", s.denominator().name())
                    .value("flagThreshold", s.flagThreshold().toPlainString());
            p.put("settings", f).put("denominatorOptions", Options.of(Denominator.class, f.get("denominator")));
        }
        return p.view("court-ranking");
    }
}
