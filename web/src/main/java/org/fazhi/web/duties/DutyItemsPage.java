package org.fazhi.web.duties;

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
import java.util.List;
import org.fazhi.duty.duties.Duties;
import org.fazhi.duty.duties.DutyFilter;
import org.fazhi.duty.duties.DutyItem;
import org.fazhi.duty.duties.DutyStatus;
import org.fazhi.duty.duties.ReviewState;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.org.OrgTree;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Pager;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;

/**
 * /duties/items: the duty items of a subtree and year, filtered by leader, status (已逾期 included),
 * review state and text, paged, with the export of exactly what is listed. The dashboard links here
 * for the year's overdue items and those awaiting review.
 */
@Path("/duties/items")
@Produces(MediaType.TEXT_HTML)
public record DutyItemsPage(CoreServices core, Duties duties, Provenance provenance) {
    public record Row(long id, int year, String orgName, long personId, String personName, String code, String title,
                      String frequency, String dueDate, String status, String statusCss, boolean overdue,
                      String review, String reviewCss, int evidenceCount) {
        static Row of(DutyItem i) {
            return new Row(i.id(), i.year(), i.orgName(), i.personId(), i.personName(), i.code(), i.title(),
                    i.frequency().label(), i.dueDate().toString(), i.status().label(), DutyViews.statusCss(i.status()),
                    i.status() == DutyStatus.OVERDUE, i.reviewState().label(), DutyViews.reviewCss(i.reviewState()),
                    i.evidenceCount());
        }
    }

    @GET
    public View list(@Context ContainerRequestContext ctx, @Context UriInfo uri, @QueryParam("year") String year,
                     @QueryParam("orgId") String orgId, @QueryParam("personId") String personId,
                     @QueryParam("status") String status, @QueryParam("reviewState") String reviewState,
                     @QueryParam("q") String q, @QueryParam("offset") String offset) {
        CurrentUser user = CurrentUser.of(ctx);
        // The list's filters are the API's and the export's, so a page's export link lists exactly its rows.
        DutyFilter f = DutyParams.filter(orgId, year, personId, null, status, reviewState, q);
        Page page = Pager.page(offset);
        PageResult<DutyItem> result = duties.items().list(user.actor(), f, page);
        OrgTree tree = core.visibleOrgs().tree(user.actor());
        String org = DutyViews.str(f.orgId());
        String y = DutyViews.str(f.year());
        String person = DutyViews.str(f.personId());
        String st = f.status() == null ? null : f.status().name();
        String rs = f.reviewState() == null ? null : f.reviewState().name();
        String personName = f.personId() == null ? null : core.people().get(user.actor(), f.personId()).name();
        List<Row> rows = result.items().stream().map(Row::of).toList();
        int thisYear = duties.items().today().getYear();
        return PageModel.of(user, "第一责任人职责事项", "duties")
                .put("tab_items", true)
                .put("tabQuery", QueryString.of("year", y, "orgId", org))
                .put("year", f.year())
                .put("rows", rows)
                .put("pager", Pager.of(uri, page, result.total()))
                .put("orgPicker", OrgPicker.filter(tree, org))
                .put("yearOptions", YearChoices.toNextYear(f.year(), thisYear))
                .put("statusOptions", Options.of(DutyStatus.class, st))
                .put("reviewOptions", Options.of(ReviewState.class, rs))
                .put("q", f.q())
                .put("personId", person)
                .put("personName", personName)
                .put("withoutPersonQuery", QueryString.of("year", y, "orgId", org, "status", st, "reviewState", rs, "q", f.q()))
                .put("filtered", f.orgId() != null || f.year() != null || f.personId() != null || f.status() != null
                        || f.reviewState() != null || f.q() != null)
                .put("exportQuery", QueryString.of("year", y, "orgId", org, "personId", person, "status", st,
                        "reviewState", rs, "q", f.q()))
                .put("boardQuery", QueryString.of("year", y == null ? String.valueOf(thisYear) : y, "orgId", org))
                .put("receivedFrom", ReceivedPages.ofList(provenance, user.actor(), f.orgId()))
                .view("duty-items");
    }
}
