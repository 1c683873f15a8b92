package org.fazhi.web.assessment;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.system.IndicatorSheet;
import org.fazhi.assessment.system.IndicatorSystem;
import org.fazhi.assessment.system.IndicatorSystemService;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.TableStream;
import org.fazhi.sheets.TemplateExamples;
import org.fazhi.web.api.Crud;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.assessment.SystemJson.Summary;
import org.fazhi.web.assessment.SystemJson.SystemInput;
import org.fazhi.web.export.TableExport;
import org.fazhi.web.imports.SheetImportResource;

/**
 * /api/indicator-systems: everyone signed in reads the systems; writers create, edit (guarded by the version
 * they saw: 409 when stale; a system a round uses gets its next version instead), import, export and load
 * the sample. Each path is its own root resource, so "import" or "sample" is never taken for an {@code {id}}.
 */
@Path("/api/indicator-systems")
@Produces(MediaType.APPLICATION_JSON)
public record SystemResource(Assessment assessment) {
    /** Every version of every system, newest lineage first (each with its indicators). */
    @GET
    public List<Summary> list(@Context ContainerRequestContext ctx) {
        return assessment.systems().list(CurrentUser.of(ctx).actor()).stream().map(Summary::of).toList();
    }

    @GET
    @Path("{id}")
    public Summary get(@Context ContainerRequestContext ctx, @PathParam("id") String id) {
        return Summary.of(assessment.systems().get(CurrentUser.of(ctx).actor(), Params.pathId(id, "指标体系")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context ContainerRequestContext ctx, SystemInput body) {
        SystemInput in = Params.requireBody(body);
        IndicatorSystem s = assessment.systems().create(CurrentUser.of(ctx).actor(), in.title(), in.fromYear(),
                in.ownerOrgId(), in.toIndicators());
        return created(s);
    }

    /** 200 with the system as saved: the same id, or (a system a round uses) the new version's. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Summary update(@Context ContainerRequestContext ctx, @PathParam("id") String id, SystemInput body) {
        SystemInput in = Params.requireBody(body);
        long systemId = Params.pathId(id, "指标体系");
        return Summary.of(assessment.systems().update(CurrentUser.of(ctx).actor(), systemId, in.title(), in.fromYear(),
                in.toIndicators(), in.version()));
    }

    static Response created(IndicatorSystem s) {
        return Crud.created("/api/indicator-systems/", Summary.of(s), Summary::id);
    }

    /** POST /api/indicator-systems/sample[?orgId=]: stores the shipped sample (the eight national areas) → 201. */
    @Path("/api/indicator-systems/sample")
    @Produces(MediaType.APPLICATION_JSON)
    public record Sample(Assessment assessment) {
        /** 201 the stored sample; 200 the unit's sample when it has one still unedited (nothing stored then). */
        @POST
        public Response load(@Context ContainerRequestContext ctx, @jakarta.ws.rs.QueryParam("orgId") String orgId) {
            IndicatorSystemService.Loaded loaded = assessment.systems().loadSampleOnce(CurrentUser.of(ctx).actor(),
                    Params.optionalOrg(orgId));
            return loaded.created() ? created(loaded.system()) : Response.ok(Summary.of(loaded.system())).build();
        }
    }

    /**
     * POST /api/indicator-systems/import: an .xlsx, .xls or CSV file (body or multipart field {@code file}) in
     * the columns of {@link IndicatorSheet}, stored as a new system named after the file, from this year; all
     * rows or none (4xx with every row and column at fault). 200 {imported (the indicators), system}.
     */
    @Path("/api/indicator-systems/import")
    public static final class Import extends SheetImportResource<Imported> {
        Import(Assessment assessment) {
            super((actor, file, force) -> {
                IndicatorSystem s = imported(assessment, actor, file, force);
                return new Imported(s.indicators().size(), Summary.of(s));
            });
        }
    }

    /** What an import answers: how many indicators it stored (as every import does) and the new system. */
    public record Imported(int imported, Summary system) {
    }

    /** The file as a new system; one giving a system the unit keeps already is refused (409) unless forced. */
    static IndicatorSystem imported(Assessment assessment, org.fazhi.model.account.Actor actor, SheetFile file, boolean force) {
        return assessment.systems().importSheet(actor, file, titleOf(file), LocalDate.now(assessment.clock()).getYear(), null,
                force);
    }

    /** The file's name without its extension (at most the title's length), or a plain title when it has none. */
    static String titleOf(SheetFile file) {
        String name = file.fileName() == null ? "" : file.fileName().replaceAll("^.*[/\\\\]", "").replaceAll("\\.[A-Za-z0-9]{1,5}$", "").strip();
        if (name.isEmpty()) {
            return "导入的指标体系";
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** GET /api/indicator-systems/{id}/export?format=xlsx|csv: the system in the import's columns (imports back as it was). */
    @Path("/api/indicator-systems/{id}/export")
    public static final class Export extends TableExport {
        Export(Assessment assessment) {
            super((actor, q) -> IndicatorSheet.table(assessment.systems().get(actor, Params.pathId(q.path("id"), "指标体系"))));
        }
    }

    /** GET /api/indicator-systems/import-template?format=xlsx|csv: the headers, two example rows and (xlsx) the notes. */
    @Path("/api/indicator-systems/import-template")
    public static final class Template extends TableExport {
        Template() {
            super((actor, q) -> new TableStream("指标体系导入模板", "指标体系", IndicatorSheet.HEADERS, out -> {
                out.accept(Arrays.asList("1", null, TemplateExamples.mark("依法全面履行政府职能"), null, null, null, null, null, null));
                out.accept(Arrays.asList("1.1", "1", TemplateExamples.mark("行政执法负责人出庭应诉"), "出庭率达到90%得满分", "5",
                        "文件、情况说明", "乡镇", "负责人出庭率;达到90%得满分", "否"));
            }, IndicatorSheet.notes()));
        }
    }
}
