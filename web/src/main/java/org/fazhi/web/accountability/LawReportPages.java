package org.fazhi.web.accountability;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.duty.lawreport.LawReport;
import org.fazhi.duty.lawreport.LawReportFilter;
import org.fazhi.duty.lawreport.LawReportService;
import org.fazhi.duty.lawreport.LawReportSummary;
import org.fazhi.duty.lawreport.ReportRating;
import org.fazhi.duty.lawreport.ReportWay;
import org.fazhi.model.FieldErrors;
import org.fazhi.model.Page;
import org.fazhi.model.PageResult;
import org.fazhi.model.ValidationException;
import org.fazhi.model.account.Actor;
import org.fazhi.model.calc.Percent;
import org.fazhi.model.org.Org;
import org.fazhi.model.org.OrgTree;
import org.fazhi.model.person.Person;
import org.fazhi.storage.core.CoreServices;
import org.fazhi.storage.core.PersonService;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.OrgPicker;
import org.fazhi.web.pages.Options;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.Pager;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.RecordPages;
import org.fazhi.web.pages.View;
import org.fazhi.web.pages.YearChoices;
import org.fazhi.exchange.Provenance;
import org.fazhi.web.exchange.ReceivedPages;

/**
 * /duties/law-reports: the year's 年终述法 records with the figures the annual report quotes, and the
 * form to record or correct one (the leader chosen among the heads the user may see).
 */
@Path("/duties/law-reports")
@Produces(MediaType.TEXT_HTML)
public final class LawReportPages extends RecordPages<LawReport> {
    private static final String BASE = "/duties/law-reports";
    private static final String WHAT = "述法记录";

    private final CoreServices core;
    private final LawReportService reports;
    private final Clock clock;
    private final Provenance provenance;

    /** @param clock the server's: this year, and the year a new record is for */
    LawReportPages(CoreServices core, LawReportService reports, Clock clock, Provenance provenance) {
        super(WHAT, BASE, reports::find, LawReportPages::fields, (actor, form) -> reports.create(actor, fromForm(form)),
                (actor, id, form) -> reports.update(actor, id, fromForm(form), form.version()), reports::delete);
        this.core = core;
        this.reports = reports;
        this.clock = clock;
        this.provenance = provenance;
    }

    /** @param received of a unit received by 报送: read-only here, tagged instead of 修改 and 删除 */
    public record Row(long id, int year, String orgName, String personName, String way, String reportedOn,
                      String rating, String score, String note, boolean received) {
    }

    public record Tally(String label, long count) {
    }

    /** The heads of one unit, for an {@code <optgroup>} of the person select. */
    public record Unit(String name, List<Options.Option> people) {
    }

    // ---- the list ----

    @GET
    public View list(@Context ContainerRequestContext ctx, @Context UriInfo uri, @QueryParam("orgId") String orgId,
                     @QueryParam("year") String year, @QueryParam("offset") String offset,
                     @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        Actor actor = user.actor();
        int thisYear = LocalDate.now(clock).getYear();
        int y = Params.yearOr(year, thisYear);
        Long org = Params.optionalOrg(orgId);
        Page page = Pager.page(offset);
        PageResult<LawReport> rows = reports.list(actor, new LawReportFilter(org, y, null), page);
        LawReportSummary s = reports.summary(actor, y, org);
        List<Tally> ways = new ArrayList<>();
        s.byWay().forEach((way, n) -> ways.add(new Tally(way.label(), n)));
        List<Tally> ratings = new ArrayList<>();
        s.byRating().forEach((rating, n) -> ratings.add(new Tally(rating.label(), n)));
        ratings.add(new Tally("未评议", s.unrated()));
        OrgTree tree = core.visibleOrgs().tree(actor);
        String orgText = org == null ? null : String.valueOf(org);
        java.util.Set<Long> received = ReceivedPages.ofRows(provenance, !rows.items().isEmpty());
        return PageModel.of(user, "年终述法", "duties")
                .put("rows", rows.items().stream().map(r -> row(r, received.contains(r.orgId()))).toList())
                .put("pager", Pager.of(uri, page, rows.total()))
                .put("year", y)
                .put("summary", s)
                .put("rate", Percent.of(s.reported(), s.leaders()).text())
                .put("ways", ways)
                .put("ratings", ratings)
                .put("orgPicker", OrgPicker.filter(tree, orgText))
                .put("yearOptions", YearChoices.toNextYear(y, thisYear))
                .put("exportQuery", QueryString.of("orgId", orgText, "year", String.valueOf(y)))
                .put("newQuery", QueryString.of("orgId", orgText, "year", String.valueOf(y)))
                .put("flash", AccountabilityViews.FLASH.text(msg))
                // The 第一责任人 tabs (duty-tabs.mustache) carry the unit and year across.
                .put("tabQuery", QueryString.of("year", String.valueOf(y), "orgId", orgText))
                .put("tab_law_reports", true)
                .put("receivedFrom", ReceivedPages.ofList(provenance, actor, org))
                .view("law-reports");
    }

    private static Row row(LawReport r, boolean received) {
        return new Row(r.id(), r.year(), r.orgName(), r.personName(), r.way().label(), r.reportedOn().toString(),
                r.rating() == null ? "" : r.rating().label(), Params.scoreText(r.score()),
                r.note() == null ? "" : r.note(), received);
    }

    // ---- the form ----

    @GET
    @Path("new")
    public View newForm(@Context ContainerRequestContext ctx, @QueryParam("year") String year) {
        CurrentUser user = CurrentUser.writer(ctx);
        LocalDate today = LocalDate.now(clock);
        int thisYear = today.getYear();
        // The year-end report of a year is given in its December or early the next year.
        int y = Params.yearOr(year, today.getMonthValue() <= 3 ? thisYear - 1 : thisYear);
        FormState form = FormState.empty().value("year", y).value("way", ReportWay.MEETING.name())
                .value("reportedOn", today);
        return form(user, form, null);
    }

    private static FormState fields(LawReport r) {
        return FormState.empty().value("personId", r.personId()).value("year", r.year())
                .value("way", r.way().name()).value("reportedOn", r.reportedOn())
                .value("rating", r.rating() == null ? "" : r.rating().name())
                .value("score", Params.scoreText(r.score())).value("note", r.note())
                .value("version", r.version());
    }

    /** Back to the list of the record's year. */
    @Override
    protected String afterSave(LawReport saved, String msg) {
        return BASE + "?" + QueryString.of("year", String.valueOf(saved.year()), "msg", msg);
    }

    @Override
    protected String afterDelete(Actor actor, long id) {
        return BASE + "?" + QueryString.of("year", String.valueOf(reports.find(actor, id).year()));
    }

    @Override
    protected String unitField() {
        return "personId";
    }

    @Override
    protected View form(CurrentUser user, FormState form, LawReport editing) {
        int thisYear = LocalDate.now(clock).getYear();
        Integer y = null;
        try {
            y = Params.optionalYear(form.get("year"));
        } catch (ValidationException ignored) {
            // the typed year stays in the field with its error; the choices start from this year
        }
        return PageModel.form(user, "登记年终述法", "修改年终述法", "duties", form, editing)
                .put("units", heads(user.actor(), form.get("personId"), editing))
                .put("yearOptions", YearChoices.toNextYear(y == null ? thisYear : y, thisYear))
                .put("wayOptions", Options.of(ReportWay.class, form.get("way")))
                .put("ratingOptions", Options.of(ReportRating.class, form.get("rating")))
                .put("receivedFrom", editing == null ? null
                        : provenance.ofRecord("law_reports", editing.id(), editing.orgId()).orElse(null))
                .view("law-report-form");
    }

    /** The heads (not STAFF) the user may see, grouped by unit in tree order. */
    private List<Unit> heads(Actor actor, String selected, LawReport editing) {
        OrgTree tree = core.visibleOrgs().tree(actor);
        Map<Long, List<Options.Option>> byUnit = new LinkedHashMap<>();
        for (OrgTree.Node n : tree.flatten()) {
            byUnit.put(n.org().id(), new ArrayList<>());
        }
        boolean found = false;
        List<Person> people = core.people().list(actor, PersonService.Filter.NONE, new Page(Page.MAX_LIMIT, 0)).items();
        // The heads of units received by 报送 are read-only here: none offered but the one already chosen.
        java.util.Set<Long> received = provenance.receivedUnits();
        for (Person p : people) {
            String id = String.valueOf(p.id());
            boolean chosen = id.equals(selected);
            if (!p.category().isHead() || !byUnit.containsKey(p.orgId()) || received.contains(p.orgId()) && !chosen) {
                continue;
            }
            found |= chosen;
            byUnit.get(p.orgId()).add(new Options.Option(id, p.name() + (p.position() == null ? "" : "(" + p.position() + ")")
                    + " · " + p.category().label(), chosen));
        }
        List<Unit> out = new ArrayList<>();
        if (editing != null && !found && String.valueOf(editing.personId()).equals(selected)) {
            // The leader has since left the list of heads (a changed category); keep him selectable here.
            out.add(new Unit(editing.orgName(), List.of(new Options.Option(selected, editing.personName(), true))));
        }
        byUnit.forEach((orgId, options) -> {
            if (!options.isEmpty()) {
                out.add(new Unit(tree.find(orgId).map(Org::name).orElse(""), options));
            }
        });
        return out;
    }

    private static LawReport fromForm(FormState f) {
        FieldErrors errors = new FieldErrors();
        Long personId = errors.check(() -> Params.optionalId(f.get("personId"), "personId", "述法人"));
        Integer year = errors.check(() -> Params.optionalInt(f.get("year"), "year", "年度"));
        Double score = errors.check(() -> Params.optionalScore(f.get("score"), "score", "得分"));
        LawReport r = errors.check(() -> LawReportJson.draft(personId, year, f.get("way"), f.get("reportedOn"),
                f.get("rating"), score, f.get("note")));
        errors.throwIfAny();
        return r;
    }
}
