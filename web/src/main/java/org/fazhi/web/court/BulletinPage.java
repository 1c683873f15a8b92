package org.fazhi.web.court;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
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
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;

/**
 * /court-cases/bulletin?year=&month=&orgId=&issuer=: the monthly 通报 of 出庭应诉, laid out to print on A4
 * (court.css): the month's figures, the ranking, the units to be 约谈'd and why, what they must do (商水县's
 * rule: a 整改方案 within 5 working days), and the 落款 with today's date. Without a month, last month.
 */
@Path("/court-cases/bulletin")
@Produces(MediaType.TEXT_HTML)
public final class BulletinPage {
    /** Days a 整改方案 is due after a 约谈 (商水县: 5 working days). */
    static final int PLAN_WORKING_DAYS = 5;

    private final CoreServices core;
    private final AppearanceService appearance;
    private final Clock clock;

    BulletinPage(CoreServices core, AppearanceService appearance, Clock clock) {
        this.core = core;
        this.appearance = appearance;
        this.clock = clock;
    }

    @GET
    public View page(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                     @QueryParam("month") String month, @QueryParam("orgId") String orgId,
                     @QueryParam("issuer") String issuer) {
        CurrentUser user = CurrentUser.of(ctx);
        Actor actor = user.actor();
        LocalDate today = LocalDate.now(clock);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        Integer m = Params.optionalInt(month, "month", "月份");
        int y = year == null || year.isBlank() ? (m == null ? last.getYear() : today.getYear())
                : CourtParams.yearOrCurrent(year, clock);
        Period period = Period.of(y, null, m == null ? last.getMonthValue() : m);
        Long org = Params.optionalId(orgId, "orgId", "单位");
        if (issuer != null && issuer.length() > 60) {
            throw new ValidationException("issuer", "落款单位不能超过60个字");
        }
        AppearanceRates r = appearance.rates(actor, period, org);
        OrgTree tree = new OrgTree(core.orgs().visible(actor));
        Org place = place(tree, r.orgId());
        String placeName = place == null ? "" : shortName(place.name());
        String signer = issuer != null && !issuer.isBlank() ? issuer.strip() : place == null ? "" : place.name();
        return PageModel.of(user, placeName + "行政机关负责人出庭应诉情况通报(" + period.label() + ")", "court")
                .put("tab_bulletin", true)
                .put("period", period)
                .put("placeName", placeName)
                .put("summary", RateSummary.of(r))
                .put("lines", Ranking.lines(r))
                .put("flags", Ranking.flags(r))
                .put("hasFlags", !r.flagged().isEmpty())
                .put("planDays", PLAN_WORKING_DAYS)
                .put("issuer", signer)
                .put("issuerInput", issuer == null ? "" : issuer.strip())
                .put("today", CourtViews.chineseDate(today))
                .put("orgOptions", Options.orgs(tree, CourtViews.text(org)))
                .put("yearOptions", YearChoices.toNextYear(y, clock))
                .put("monthOptions", CourtViews.numbers(12, "", "月", period.month()))
                .put("rankingQuery", RankingPage.query(period, org))
                .view("court-bulletin");
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
}
