package org.fazhi.web.training;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.training.sheets.StudySessionImporter;
import org.fazhi.training.sheets.TrainingTables;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.Downloads;
import org.fazhi.web.imports.SheetImportResource;

/**
 * Study sessions in and out of spreadsheets. Each endpoint is its own root resource with its full
 * path, so it never shadows (or is shadowed by) {@code /api/study-sessions/{id}} of the JSON API.
 */
public final class StudySessionTransfer {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private StudySessionTransfer() {
    }

    /** The answer to a stored import. */
    public record Imported(int imported) {
    }

    /**
     * POST /api/study-sessions/import: the whole body is an .xlsx, .xls or CSV file, or a multipart form
     * with the file in field {@code file}. 200 {imported} or 400 {error, message, field, errors:[{row, column, message}]}.
     */
    @Path("/api/study-sessions/import")
    public static final class Import extends SheetImportResource<Imported> {
        Import(StudySessionImporter importer) {
            super((actor, file, force) -> new Imported(importer.importFile(actor, file, force)));
        }
    }

    /**
     * GET /api/study-sessions/export?format=xlsx|csv&orgId=&year=&kind=&q=[&unitOnly=true]: the list, with
     * the list's filters, in the import's columns.
     */
    @Path("/api/study-sessions/export")
    public static final class Export {
        private final TrainingTables tables;

        Export(TrainingTables tables) {
            this.tables = tables;
        }

        @GET
        @Produces({XLSX, "text/csv", MediaType.APPLICATION_JSON})
        public Response export(@Context ContainerRequestContext ctx, @QueryParam("format") String format,
                               @QueryParam("orgId") String orgId, @QueryParam("year") String year,
                               @QueryParam("kind") String kind, @QueryParam("q") String q,
                               @QueryParam("unitOnly") String unitOnly) {
            ExportFormat f = ExportFormat.parse(format);
            return Downloads.of(tables.sessions(CurrentUser.of(ctx).actor(),
                    TrainingParams.sessionFilter(orgId, year, kind, q, unitOnly)), f);
        }
    }

    /** GET /api/study-sessions/import-template?format=xlsx|csv: the headers and one example row. */
    @Path("/api/study-sessions/import-template")
    public static final class Template {
        private final TrainingTables tables;

        Template(TrainingTables tables) {
            this.tables = tables;
        }

        @GET
        @Produces({XLSX, "text/csv", MediaType.APPLICATION_JSON})
        public Response template(@Context ContainerRequestContext ctx, @QueryParam("format") String format) {
            ExportFormat f = ExportFormat.parse(format);
            return Downloads.of(tables.sessionTemplate(CurrentUser.of(ctx).actor()), f);
        }
    }
}
