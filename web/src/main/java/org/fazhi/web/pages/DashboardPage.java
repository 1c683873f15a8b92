package org.fazhi.web.pages;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.model.time.Years;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;

/**
 * The dashboard ({@code /?year=&orgId=}): for a year and a unit subtree within the user's scope
 * (the whole scope by default), each ledger module's figures with the change from last year and
 * its charts, added through a {@link Section}; then the organisation register's counts and, for
 * admins, the latest changes.
 *
 * @param sections the figures of the ledger modules in use, in the order they are shown
 * @param clock    the server's: today, and so the default year and whether it is still in progress
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public record DashboardPage(CoreServices core, List<Section> sections, Clock clock) {
    public DashboardPage {
        sections = List.copyOf(sections);
    }

    /**
     * What the dashboard shows: a year and a unit subtree ({@code orgId} null: the user's whole
     * scope), read on {@code today} in the ledger's time zone. The unit is already checked against
     * the user's scope.
     */
    public record Choice(CurrentUser user, int year, Long orgId, LocalDate today) {
        public Actor actor() {
            return user.actor();
        }

        /** Last year, to compare with; null when it lies before the ledger's first possible year. */
        public Integer lastYear() {
            return year - 1 >= Years.MIN ? year - 1 : null;
        }

        /** The year is not over yet, so quotas are judged on pace and figures are still growing. */
        public boolean inProgress() {
            return Years.quartersEnded(year, today) < 4;
        }
    }

    /**
     * Figures a module adds to the dashboard for the chosen year and unit (a section about the user and
     * today only, like the annual report's reminder, reads just the user and the date from the choice).
     */
    public interface Section {
        void addTo(Choice choice, PageModel page);
    }

    public record Count(String label, long count, String href) {
    }

    @GET
    public View dashboard(@Context ContainerRequestContext ctx, @QueryParam("year") String yearParam,
                          @QueryParam("orgId") String orgParam) {
        CurrentUser user = CurrentUser.of(ctx);
        Actor actor = user.actor();
        LocalDate today = LocalDate.now(clock);
        int year = Params.yearOr(yearParam, today.getYear());
        Long orgId = Params.optionalOrg(orgParam);
        List<Org> visible = core.visibleOrgs().list(actor);
        OrgTree tree = core.visibleOrgs().tree(actor);
        // Unknown unit: 404; a unit outside the user's scope: 403 — before any figure is read.
        Org chosen = orgId == null ? null : core.orgs().get(actor, orgId);
        Choice choice = new Choice(user, year, orgId, today);

        PageModel p = PageModel.of(user, "首页", "home")
                .put("year", year)
                .put("lastYear", choice.lastYear())
                .put("inProgress", year == today.getYear())
                .put("today", today.toString())
                .put("scopeName", scopeName(chosen, actor, tree))
                .put("orgPicker", OrgPicker.of(tree, "orgId", orgId == null ? null : String.valueOf(orgId)).blank("全部(本账号可见的所有单位)"))
                .put("yearOptions", YearChoices.toThisYear(year, today.getYear()))
                .put("empty", visible.isEmpty());
        register(p, actor, chosen == null ? visible : tree.subtree(chosen.id()), orgId);
        for (Section s : sections) {
            s.addTo(choice, p);
        }
        if (actor.isAdmin()) {
            p.put("recent", AuditPages.rows(core.audit(), core.audit().find(actor, AuditFilter.NONE, new Page(8, 0)).items()));
        }
        return p.view("dashboard");
    }

    /** The organisation register's counts for the chosen subtree: units by kind, people by category. */
    private void register(PageModel p, Actor actor, List<Org> orgs, Long orgId) {
        Map<OrgKind, Long> byKind = new EnumMap<>(OrgKind.class);
        orgs.forEach(o -> byKind.merge(o.kind(), 1L, Long::sum));
        List<Count> orgCounts = new ArrayList<>();
        byKind.forEach((k, n) -> orgCounts.add(new Count(k.label(), n, "/orgs")));
        List<Count> peopleCounts = new ArrayList<>();
        long people = 0;
        String org = orgId == null ? "" : "&orgId=" + orgId;
        Map<LeaderCategory, Long> byCategory = core.people().countByCategory(actor, orgId);
        for (LeaderCategory c : LeaderCategory.values()) {
            long n = byCategory.get(c);
            people += n;
            peopleCounts.add(new Count(c.label(), n, "/people?category=" + c.name() + org));
        }
        p.put("orgTotal", orgs.size())
                .put("orgCounts", orgCounts)
                .put("peopleTotal", people)
                .put("peopleCounts", peopleCounts);
    }

    private static String scopeName(Org chosen, Actor actor, OrgTree tree) {
        if (chosen != null) {
            return chosen.name();
        }
        if (actor.scoped()) {
            return tree.find(actor.scopeOrgId()).map(Org::name).orElse("本单位");
        }
        return "全部单位";
    }
}
