package org.fazhi.web.training;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.training.study.ComplianceService;
import org.fazhi.training.study.QuotaPeriod;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.UnitCompliance;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;

/**
 * /study-sessions/compliance: the board of units × quarters against the quota rules, those behind
 * first, each status in colour and in words (达标 / 未达标 / 进度落后 / 按进度达标), each unit linking to
 * its sessions. Laid out to print on A4 landscape.
 */
@Path("/study-sessions/compliance")
@Produces(MediaType.TEXT_HTML)
public record CompliancePages(CoreServices core, ComplianceService compliance, Clock clock) {
    /** How a unit or rule stands on the board: a past year is judged on the total, the current one on pace. */
    public record Status(String label, String css, boolean ok) {
        static Status of(boolean compliant, boolean finalJudgement) {
            if (finalJudgement) {
                return compliant ? new Status("达标", "st-met", true)
                        : new Status("未达标", "st-failed", false);
            }
            return compliant ? new Status("按进度达标", "st-pace", true) : new Status("进度落后", "st-behind", false);
        }
    }

    public record Quarter(int count, String css, String mark, String note) {
    }

    /** One line of the board: a rule of a unit; the unit's cells span its rules. */
    public record Line(boolean first, int span, long orgId, String orgName, String orgKind, Status unitStatus,
                       String sessionsLink, String label, String requirement, List<Quarter> quarters, String due,
                       int held, String heldLink, Status status) {
    }

    public record Summary(int units, int ok, int notOk, int held) {
    }

    @GET
    public View board(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                      @QueryParam("orgId") String orgId, @QueryParam("behind") String behind) {
        CurrentUser user = CurrentUser.of(ctx);
        Actor actor = user.actor();
        int y = TrainingParams.yearOrCurrent(year, clock);
        Long org = Params.optionalOrg(orgId);
        LocalDate today = LocalDate.now(clock);
        List<UnitCompliance> units = compliance.compute(actor, y, org, today);
        int ended = Years.quartersEnded(y, today);
        boolean onlyBehind = behind != null && !behind.isBlank();
        OrgTree tree = core.visibleOrgs().tree(actor);

        List<Line> lines = new ArrayList<>();
        int ok = 0;
        int held = 0;
        for (UnitCompliance u : units) {
            boolean finalJudgement = u.rules().stream().allMatch(UnitCompliance.RuleResult::finalJudgement);
            Status unitStatus = Status.of(u.compliant(), finalJudgement);
            if (unitStatus.ok()) {
                ok++;
            }
            for (int q : u.perQuarter()) {
                held += q;
            }
            if (onlyBehind && unitStatus.ok()) {
                continue;
            }
            // The board counts a unit's own sessions, so its drill-down shows exactly those.
            String link = "/study-sessions?" + QueryString.of("orgId", String.valueOf(u.orgId()), "year", String.valueOf(y),
                    "unitOnly", "true");
            boolean first = true;
            for (UnitCompliance.RuleResult r : u.rules()) {
                List<Quarter> quarters = new ArrayList<>();
                int perQuarterMin = r.period() == QuotaPeriod.QUARTER ? r.required() / 4 : 0;
                for (int n = 1; n <= 4; n++) {
                    quarters.add(quarter(r, n, ended, perQuarterMin));
                }
                String due = r.finalJudgement() ? "全年应 " + r.required() + " 次"
                        : "至今应 " + r.due() + " 次 / 全年 " + r.required() + " 次";
                String heldLink = r.kinds().size() == 1 ? link + "&kind=" + r.kinds().get(0).name() : link;
                lines.add(new Line(first, u.rules().size(), u.orgId(), u.orgName(), u.orgKind().label(), unitStatus, link,
                        r.label(), r.requirement() + kinds(r.kinds()), quarters, due, r.held(), heldLink,
                        Status.of(r.compliant(), r.finalJudgement())));
                first = false;
            }
        }
        String scope = org != null ? TrainingViews.orgName(tree, org)
                : actor.scoped() ? TrainingViews.orgName(tree, actor.scopeOrgId()) : "全部单位";
        return PageModel.of(user, y + "年度学法达标情况", "study")
                .put("tab_board", true)
                .put("year", y)
                .put("lines", lines)
                .put("summary", new Summary(units.size(), ok, units.size() - ok, held))
                .put("noRules", units.isEmpty())
                .put("inProgress", ended < 4)
                .put("quartersEnded", ended)
                .put("notStarted", ended == 0)
                .put("today", today.toString())
                .put("scope", scope)
                .put("onlyBehind", onlyBehind)
                .put("orgPicker", OrgPicker.filter(tree, org == null ? null : String.valueOf(org)))
                .put("yearOptions", YearChoices.toNextYear(y, clock))
                .put("sessionsQuery", QueryString.of("orgId", org == null ? null : String.valueOf(org), "year", String.valueOf(y)))
                .view("study-compliance");
    }

    private static Quarter quarter(UnitCompliance.RuleResult r, int n, int ended, int perQuarterMin) {
        int count = r.perQuarter()[n - 1];
        if (n > ended) {
            return new Quarter(count, "q-open", "", "本季度尚未结束");
        }
        if (r.period() != QuotaPeriod.QUARTER) {
            return new Quarter(count, "", "", null);
        }
        return count >= perQuarterMin
                ? new Quarter(count, "q-met", "✓", "本季度达到每季度" + perQuarterMin + "次的要求")
                : new Quarter(count, "q-missed", "✗", "本季度未达到每季度" + perQuarterMin + "次的要求");
    }

    private static String kinds(List<StudyKind> kinds) {
        StringBuilder b = new StringBuilder("(");
        for (StudyKind k : kinds) {
            b.append(b.length() > 1 ? "、" : "").append(k.shortLabel());
        }
        return b.append(")").toString();
    }
}
