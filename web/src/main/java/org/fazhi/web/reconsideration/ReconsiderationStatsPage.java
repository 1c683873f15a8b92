package org.fazhi.web.reconsideration;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Coded;
import org.fazhi.model.account.Role;
import org.fazhi.model.org.OrgTree;
import org.fazhi.reconsideration.Reconsiderations;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.stats.CorrectionDenominator;
import org.fazhi.reconsideration.stats.ReconsiderationStats;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.dashboard.Chart;
import org.fazhi.web.dashboard.chart.BarChart;
import org.fazhi.web.pages.Flash;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.FormSubmission;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;

/**
 * /reconsiderations/stats: a year's figures for a unit subtree as the annual report states them, a chart of the
 * decisions, the counts per category, the respondents ranked by how often they are corrected; and, for admins,
 * the setting of what the 直接纠错率 divides by.
 */
@Path("/reconsiderations/stats")
@Produces(MediaType.TEXT_HTML)
public record ReconsiderationStatsPage(CoreServices core, Reconsiderations r) {
    private static final Flash FLASH = Flash.of("settings", "统计口径已保存。");

    /** A count with its label, for the tables of decisions and categories. */
    public record Tally(String label, long count) {
    }

    @GET
    public View page(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                     @QueryParam("orgId") String orgId, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        int y = Params.yearOr(year, r.stats().today().getYear());
        return view(user, y, Params.optionalOrg(orgId), FLASH.text(msg), null);
    }

    @POST
    @Path("settings")
    public Response settings(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.admin(ctx);
        FormState form = FormState.of(params);
        int y = Params.yearOr(form.get("year"), r.stats().today().getYear());
        Long org = Params.optionalOrg(form.get("orgId"));
        return FormSubmission.submit(form, f -> {
            r.stats().setDenominator(user.actor(), CorrectionDenominator.parse(f.get("correctionDenominator")));
            return "/reconsiderations/stats?" + QueryString.of("year", String.valueOf(y), "orgId",
                    org == null ? null : String.valueOf(org), "msg", "settings");
        }, failed -> view(user, y, org, null, failed));
    }

    private View view(CurrentUser user, int y, Long org, String flash, FormState settings) {
        ReconsiderationStats s = r.stats().stats(user.actor(), y, org);
        String orgText = org == null ? null : String.valueOf(org);
        PageModel p = PageModel.of(user, y + "年行政复议统计", "reconsideration")
                .put("year", y)
                .put("s", s)
                .put("rates", List.of(
                        new Tally("受理率 " + s.acceptanceRate().text(), s.accepted()),
                        new Tally("按期结案率 " + s.onTimeRate().text(), s.onTime()),
                        new Tally("直接纠错率 " + s.directCorrectionRate().text(), s.directCorrections()),
                        new Tally("综合纠错率 " + s.comprehensiveCorrectionRate().text(), s.comprehensiveCorrections())))
                .put("decisions", tallies(s.byDecision()))
                .put("categories", tallies(s.byCategory()))
                .put("chart", decisionChart(s))
                .put("ranking", s.byRespondent())
                .put("denominatorLabel", s.denominator().label())
                .put("orgPicker", OrgPicker.filter(core.visibleOrgs().tree(user.actor()), orgText))
                .put("yearOptions", YearChoices.toThisYear(y, r.stats().today().getYear()))
                .put("tabQuery", QueryString.of("orgId", orgText, "year", String.valueOf(y)))
                .put("flash", flash)
                .put("tab_stats", true);
        if (user.account().role() == Role.ADMIN) {
            FormState form = settings != null ? settings : FormState.empty().value("correctionDenominator", s.denominator().name());
            p.put("settings", Map.of("form", form, "year", y, "orgId", orgText == null ? "" : orgText,
                    "options", Options.of(CorrectionDenominator.class, form.get("correctionDenominator"))));
        }
        return p.view("reconsideration-stats");
    }

    private static <E extends Enum<E> & Coded> List<Tally> tallies(Map<E, Long> counts) {
        List<Tally> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new Tally(k.label(), v)));
        return out;
    }

    /** The year's concluded cases by decision, as bars (decisions with none left out). */
    static Chart decisionChart(ReconsiderationStats s) {
        String id = "reconsideration-decisions";
        String title = s.year() + "年审结案件的决定结果";
        if (s.concluded() == 0) {
            return Chart.empty(id, title, s.year() + "年范围内没有审结的行政复议案件。");
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<Chart.Row> rows = new ArrayList<>();
        long max = 1;
        for (Map.Entry<Decision, Long> e : s.byDecision().entrySet()) {
            if (e.getValue() > 0) {
                bars.add(new BarChart.Bar(e.getKey().label(), e.getValue(), e.getValue() + "件"));
                rows.add(new Chart.Row(e.getKey().label(), List.of(String.valueOf(e.getValue()))));
                max = Math.max(max, e.getValue());
            }
        }
        String desc = s.year() + "年审结" + s.concluded() + "件,其中直接纠错" + s.directCorrections() + "件(" + s.directCorrectionRate().text()
                + "),综合纠错" + s.comprehensiveCorrections() + "件(" + s.comprehensiveCorrectionRate().text() + ")。";
        String svg = new BarChart(id, title, desc, max, "件", null, null).svg(bars);
        return Chart.drawn(id, title, svg, new Chart.DataTable(title, List.of("决定结果", "件数"), rows));
    }
}
