package org.fazhi.web.pages;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Page;
import org.fazhi.model.account.Actor;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgKind;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.storage.core.AuditFilter;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.PersonService;
import org.fazhi.web.auth.CurrentUser;

/**
 * The dashboard: the organisation register, and the figures each ledger module adds through a
 * {@link Section} (law-training: this year's study compliance and test figures). Ledgers not built
 * yet (第一责任人, 出庭应诉, 年度报告) are listed as such rather than shown with made-up figures.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public final class DashboardPage {
    private final CoreServices core;
    private final List<Section> sections;

    /** @param sections the figures of the ledger modules in use, in the order they are shown */
    public DashboardPage(CoreServices core, List<Section> sections) {
        this.core = core;
        this.sections = List.copyOf(sections);
    }

    /** Figures a module adds to the dashboard for the signed-in user's scope. */
    public interface Section {
        void addTo(CurrentUser user, PageModel page);
    }

    public record Count(String label, long count, String href) {
    }

    @GET
    public View dashboard(@Context ContainerRequestContext ctx) {
        CurrentUser user = CurrentUser.of(ctx);
        Actor actor = user.actor();
        List<Org> orgs = core.orgs().visible(actor);
        Map<OrgKind, Long> byKind = new EnumMap<>(OrgKind.class);
        orgs.forEach(o -> byKind.merge(o.kind(), 1L, Long::sum));
        List<Count> orgCounts = new ArrayList<>();
        byKind.forEach((k, n) -> orgCounts.add(new Count(k.label(), n, "/orgs")));
        List<Count> peopleCounts = new ArrayList<>();
        long people = 0;
        for (LeaderCategory c : LeaderCategory.values()) {
            long n = core.people().list(actor, new PersonService.Filter(null, c, null), new Page(1, 0)).total();
            people += n;
            peopleCounts.add(new Count(c.label(), n, "/people?category=" + c.name()));
        }
        PageModel p = PageModel.of(user, "首页", "home")
                .put("orgTotal", orgs.size())
                .put("orgCounts", orgCounts)
                .put("peopleTotal", people)
                .put("peopleCounts", peopleCounts)
                .put("empty", orgs.isEmpty());
        for (Section s : sections) {
            s.addTo(user, p);
        }
        if (actor.isAdmin()) {
            p.put("recent", AuditPages.rows(core.audit(), core.audit().find(actor, AuditFilter.NONE, new Page(8, 0)).items()));
        }
        return p.view("dashboard");
    }
}
