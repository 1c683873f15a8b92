package org.fazhi.web.court;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.fazhi.duty.court.AppearanceRates;
import org.fazhi.duty.court.AppearanceService;
import org.fazhi.duty.court.Period;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.Downloads;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;

/**
 * /court-cases/bulletin?year=&month=&orgId=&issuer=: the monthly 通报 of 出庭应诉, laid out to print on A4
 * (court.css): the month's figures, the ranking, the units to be 约谈'd and why, what they must do (商水县's
 * rule: a 整改方案 within 5 working days), and the 落款 with today's date. Without a month, last month. Only
 * the units with hearings in the period are listed; those without are counted in a line. Every hearing
 * without a head is told with its 未出庭理由 and 未出庭情况. {@link Docx} gives the same as a Word file.
 */
@Path("/court-cases/bulletin")
@Produces(MediaType.TEXT_HTML)
public record BulletinPage(CoreServices core, AppearanceService appearance, Clock clock) {
    /** Days a 整改方案 is due after a 约谈 (商水县: 5 working days). */
    static final int PLAN_WORKING_DAYS = 5;

    @GET
    public View page(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                     @QueryParam("month") String month, @QueryParam("orgId") String orgId,
                     @QueryParam("issuer") String issuer) {
        CurrentUser user = CurrentUser.of(ctx);
        Period period = period(year, month);
        Long org = Params.optionalOrg(orgId);
        Bulletin b = bulletin(user.actor(), period, org, issuer);
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        return PageModel.of(user, b.title(), "court")
                .put("tab_bulletin", true)
                .put("period", period)
                .put("b", b)
                .put("placeName", b.placeName())
                .put("summary", b.summary())
                .put("lines", b.lines())
                .put("flags", b.flags())
                .put("hasFlags", b.hasFlags())
                .put("planDays", PLAN_WORKING_DAYS)
                .put("issuer", b.issuer())
                .put("issuerInput", issuer == null ? "" : issuer.strip())
                .put("today", b.today())
                .put("orgPicker", OrgPicker.filter(tree, CourtViews.text(org)))
                .put("yearOptions", YearChoices.toNextYear(period.year(), clock))
                .put("monthOptions", CourtViews.numbers(12, "", "月", period.month()))
                .put("rankingQuery", RankingPage.query(period, org))
                .put("docxQuery", query(period, org, issuer))
                .view("court-bulletin");
    }

    /** The month asked for, or last month; a month alone is of this year. */
    private Period period(String year, String month) {
        LocalDate today = LocalDate.now(clock);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        Integer m = Params.optionalInt(month, "month", "月份");
        int y = year == null || year.isBlank() ? (m == null ? last.getYear() : today.getYear())
                : CourtParams.yearOrCurrent(year, clock);
        return Period.of(y, null, m == null ? last.getMonthValue() : m);
    }

    /** The 通报 of the period for the unit (scope checked), signed by {@code issuer} or the unit. */
    private Bulletin bulletin(Actor actor, Period period, Long org, String issuer) {
        if (issuer != null && issuer.length() > 60) {
            throw new ValidationException("issuer", "落款单位不能超过60个字");
        }
        AppearanceRates r = appearance.rates(actor, period, org);
        Org place = place(core.visibleOrgs().tree(actor), r.orgId());
        String placeName = place == null ? "" : shortName(place.name());
        String signer = issuer != null && !issuer.isBlank() ? issuer.strip() : place == null ? "" : place.name();
        return Bulletin.of(r, placeName, PLAN_WORKING_DAYS, signer, CourtViews.chineseDate(LocalDate.now(clock)));
    }

    private static String query(Period p, Long org, String issuer) {
        return QueryString.of("year", String.valueOf(p.year()), "month", CourtViews.text(p.month()),
                "orgId", CourtViews.text(org), "issuer", issuer == null || issuer.isBlank() ? null : issuer.strip());
    }

    /** The unit the 通报 speaks for: the chosen one, the user's scope, or the ledger's only root. */
    private static Org place(OrgTree tree, Long root) {
        if (root != null) {
            return tree.find(root).orElse(null);
        }
        List<Org> roots = tree.roots();
        return roots.size() == 1 ? roots.get(0) : null;
    }

    /** "清河县人民政府" → "清河县", as a 通报's title names the place. */
    static String shortName(String name) {
        return name.endsWith("人民政府") && name.length() > 4 ? name.substring(0, name.length() - 4) : name;
    }

    /**
     * GET /court-cases/bulletin.docx?year=&month=&orgId=&issuer=: the same 通报 as a Word file, in the
     * layout of official documents. It is read (scope checked) before the answer starts.
     */
    @Path("/court-cases/bulletin.docx")
    public record Docx(BulletinPage page) {
        @GET
        public Response get(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                            @QueryParam("month") String month, @QueryParam("orgId") String orgId,
                            @QueryParam("issuer") String issuer) {
            Actor actor = CurrentUser.of(ctx).actor();
            Period period = page.period(year, month);
            Bulletin b = page.bulletin(actor, period, Params.optionalOrg(orgId), issuer);
            return Downloads.word(out -> BulletinDocx.write(b, out),
                    "court-bulletin-" + period.year() + "-" + period.month() + ".docx", b.title());
        }
    }
}
