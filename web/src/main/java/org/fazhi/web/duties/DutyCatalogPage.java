package org.fazhi.web.duties;

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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.duty.duties.CatalogEntry;
import org.fazhi.duty.duties.CatalogVersion;
import org.fazhi.duty.duties.DutyCatalogService;
import org.fazhi.duty.duties.DutyFrequency;
import org.fazhi.model.Coded;
import org.fazhi.model.ValidationException;
import org.fazhi.model.person.LeaderCategory;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.TableStream;
import org.fazhi.storage.core.Scope;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.pages.FormState;
import org.fazhi.web.pages.PageModel;
import org.fazhi.web.pages.QueryString;
import org.fazhi.web.pages.Redirects;
import org.fazhi.web.pages.View;
import org.fazhi.web.export.Downloads;
import org.fazhi.web.pages.YearChoices;

/**
 * /duties/catalog: the duty catalogue in force for a year, every published version, and (admins)
 * the form that publishes a new version from a first year on. Plans copy their entries, so a new
 * version never changes items already generated.
 */
@Path("/duties/catalog")
@Produces(MediaType.TEXT_HTML)
public record DutyCatalogPage(DutyCatalogService catalog, java.util.function.IntSupplier thisYear, ZoneId zone) {
    static final List<String> EXPORT_HEADERS = List.of("代码", "职责事项", "频次", "适用人员", "依据", "截止日", "版本");

    public record EntryRow(int no, String code, String title, String frequency, String appliesTo, String legalBasis,
                           String dueDay) {
        static EntryRow of(int no, CatalogEntry e) {
            String[] md = e.dueDay().split("-");
            return new EntryRow(no, e.code(), e.title(), e.frequency().label(),
                    e.appliesTo().stream().map(LeaderCategory::label).collect(Collectors.joining("、")), e.legalBasis(),
                    Integer.parseInt(md[0]) + "月" + Integer.parseInt(md[1]) + "日");
        }
    }

    public record VersionRow(int version, String label, int fromYear, String createdAt, String createdBy, int count,
                             boolean inForce, List<EntryRow> entries) {
    }

    public record Choice(String code, String label) {
    }

    @GET
    public View show(@Context ContainerRequestContext ctx, @QueryParam("year") String year, @QueryParam("msg") String msg) {
        CurrentUser user = CurrentUser.of(ctx);
        Integer y = Params.optionalYear(year);
        int shown = y == null ? thisYear.getAsInt() : y;
        FormState form = FormState.empty().value("fromYear", thisYear.getAsInt() + 1);
        return view(user, shown, form, List.of(), DutyViews.FLASH.text(msg));
    }

    /** The catalogue in force for a year as a spreadsheet (the columns the publish form reads, plus the version). */
    @GET
    @Path("export")
    public Response export(@Context ContainerRequestContext ctx, @QueryParam("year") String year,
                           @QueryParam("format") String format) {
        CurrentUser.of(ctx);
        ExportFormat f = ExportFormat.parse(format);
        Integer y = Params.optionalYear(year);
        CatalogVersion v = catalog.forYear(y == null ? thisYear.getAsInt() : y);
        return Downloads.of(new TableStream("第一责任人职责清单-第" + v.version() + "版", "职责清单", EXPORT_HEADERS, out -> {
            for (CatalogEntry e : v.entries()) {
                out.accept(java.util.Arrays.asList(e.code(), e.title(), e.frequency().label(),
                        e.appliesTo().stream().map(LeaderCategory::label).collect(Collectors.joining("、")), e.legalBasis(),
                        e.dueDay(), "第" + v.version() + "版 " + v.label()));
            }
        }), f);
    }

    /** Publishes a new version (admins); every wrong line is listed, nothing is stored until all are right. */
    @POST
    public Response publish(@Context ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        CurrentUser user = CurrentUser.admin(ctx);
        FormState form = FormState.of(params);
        List<CatalogLines.LineError> lineErrors = new ArrayList<>();
        try {
            Integer fromYear = fromYear(form.get("fromYear"));
            CatalogLines.Parsed parsed;
            try {
                parsed = CatalogLines.parse(form.getV().get("entries"));
            } catch (CatalogLines.Refused r) {
                lineErrors.addAll(r.errors());
                throw new ValidationException("entries", "职责清单有 " + r.errors().size() + " 处错误,请按下方提示逐行更正");
            }
            try {
                CatalogVersion v = catalog.publish(user.actor(), form.get("label"), fromYear, parsed.entries());
                return Redirects.to("/duties/catalog?" + QueryString.of("year", String.valueOf(v.fromYear()), "msg", "published"));
            } catch (ValidationException e) {
                for (ValidationException p : e.all()) {
                    Integer line = CatalogLines.lineOf(p.field(), parsed);
                    if (line != null) {
                        lineErrors.add(new CatalogLines.LineError(line, "第" + line + "行:" + p.getMessage()));
                    }
                }
                throw e;
            }
        } catch (ValidationException e) {
            form.fail(lineErrors.isEmpty() ? e : new ValidationException(e.all().stream()
                    .map(p -> p.field() != null && p.field().startsWith("entries.")
                            ? new ValidationException("entries", "职责清单有错误,请按下方提示逐行更正") : p)
                    .toList()));
            int shown = thisYear.getAsInt();
            return Response.status(400).entity(view(user, shown, form, lineErrors, null)).build();
        }
    }

    private Integer fromYear(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("fromYear", "起始年度必须是四位数字,例如 " + (thisYear.getAsInt() + 1));
        }
    }

    private View view(CurrentUser user, int year, FormState form, List<CatalogLines.LineError> lineErrors, String flash) {
        List<CatalogVersion> versions = catalog.versions();
        CatalogVersion inForce = null;
        String noCatalogue = null;
        try {
            inForce = catalog.forYear(year);
        } catch (ValidationException e) {
            noCatalogue = e.getMessage();
        }
        final long inForceId = inForce == null ? -1 : inForce.id();
        List<VersionRow> rows = versions.stream().map(v -> new VersionRow(v.version(), v.label(), v.fromYear(),
                DutyViews.at(v.createdAt(), zone), v.createdBy(), v.entries().size(), v.id() == inForceId, entries(v)))
                .toList();
        if (form.getV().get("entries") == null && !versions.isEmpty()) {
            // The admin starts from the newest version and changes what differs.
            form.value("entries", CatalogLines.format(versions.get(0)));
            form.value("label", "");
        }
        return PageModel.of(user, "第一责任人职责清单", "duties")
                .put("tab_catalog", true)
                .put("tabQuery", QueryString.of("year", String.valueOf(year)))
                .put("year", year)
                .put("yearOptions", YearChoices.toNextYear(year, thisYear.getAsInt()))
                .put("inForce", inForce == null ? null : new VersionRow(inForce.version(), inForce.label(), inForce.fromYear(),
                        DutyViews.at(inForce.createdAt(), zone), inForce.createdBy(), inForce.entries().size(), true,
                        entries(inForce)))
                .put("noCatalogue", noCatalogue)
                .put("versions", rows)
                .put("form", form)
                .put("lineErrors", lineErrors)
                .put("hasLineErrors", !lineErrors.isEmpty())
                .put("publishOpen", form.isFailed())
                .put("frequencies", choices(DutyFrequency.values()))
                .put("categories", choices(java.util.Arrays.stream(LeaderCategory.values()).filter(LeaderCategory::isHead)
                        .toArray(LeaderCategory[]::new)))
                .put("maxEntries", DutyCatalogService.MAX_ENTRIES)
                .put("flash", flash)
                .view("duty-catalog");
    }

    private static List<EntryRow> entries(CatalogVersion v) {
        List<EntryRow> out = new ArrayList<>();
        for (int i = 0; i < v.entries().size(); i++) {
            out.add(EntryRow.of(i + 1, v.entries().get(i)));
        }
        return out;
    }

    private static List<Choice> choices(Coded[] values) {
        return java.util.Arrays.stream(values).map(c -> new Choice(c.name(), c.label())).toList();
    }
}
