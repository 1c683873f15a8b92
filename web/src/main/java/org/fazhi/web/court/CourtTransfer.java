package org.fazhi.web.court;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.fazhi.duty.sheets.CourtImporter;
import org.fazhi.duty.sheets.CourtTables;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.web.api.Params;
import org.fazhi.web.auth.CurrentUser;
import org.fazhi.web.export.Downloads;
import org.fazhi.web.imports.SheetImportResource;
import org.fazhi.web.imports.Upload;

/**
 * Court lists in and out of spreadsheets. Each endpoint is its own root resource with its full path,
 * so it never shadows (or is shadowed by) {@code /api/court-cases/{id}} of the JSON API.
 */
public final class CourtTransfer {
    static final String XLSX = Upload.XLSX;

    private CourtTransfer() {
    }

    /**
     * POST /api/court-cases/import: the whole body is an .xlsx, .xls or CSV file, or a multipart form with the
     * file in field {@code file}, in the columns of {@link CourtSheet} (the 14 of docs/API.md, then the
     * optional 通知书送达日期,仅委托律师,裁判结果,行政管理领域,共同被告). 200 {imported, cases, hearings,
     * existingCases, outcomesUpdated} or 4xx {error, message, field, errors:[{row, column, message}]}.
     */
    @Path("/api/court-cases/import")
    public static final class Import extends SheetImportResource<CourtImporter.Imported> {
        Import(CourtImporter importer) {
            super(importer::importFile);
        }
    }

    /**
     * GET /api/court-cases/export?format=xlsx|csv&orgId=&year=&instance=&outcome=&q=: the list's cases
     * with all their hearings, one row per hearing, in the import's columns, the optional ones included, so
     * the export imported elsewhere gives the same rates under any denominator, 败诉率 and notice warnings.
     */
    @Path("/api/court-cases/export")
    public static final class Export {
        private final CourtTables tables;

        Export(CourtTables tables) {
            this.tables = tables;
        }

        @GET
        @Produces({XLSX, "text/csv", MediaType.APPLICATION_JSON})
        public Response export(@Context ContainerRequestContext ctx, @QueryParam("format") String format,
                               @QueryParam("orgId") String orgId, @QueryParam("year") String year,
                               @QueryParam("instance") String instance, @QueryParam("outcome") String outcome,
                               @QueryParam("q") String q) {
            ExportFormat f = ExportFormat.parse(format);
            return Downloads.of(tables.cases(CurrentUser.of(ctx).actor(),
                    CourtParams.caseFilter(orgId, year, instance, outcome, q)), f);
        }
    }

    /** GET /api/court-cases/import-template?format=xlsx|csv: the headers, two example rows and (xlsx) the notes. */
    @Path("/api/court-cases/import-template")
    public static final class Template {
        private final CourtTables tables;

        Template(CourtTables tables) {
            this.tables = tables;
        }

        @GET
        @Produces({XLSX, "text/csv", MediaType.APPLICATION_JSON})
        public Response template(@Context ContainerRequestContext ctx, @QueryParam("format") String format) {
            ExportFormat f = ExportFormat.parse(format);
            return Downloads.of(tables.template(CurrentUser.of(ctx).actor()), f);
        }
    }

    /** GET /api/court-appearance/export?format=&year=&quarter=|month=&orgId=: the ranking table with the 约谈 reasons. */
    @Path("/api/court-appearance/export")
    public static final class RankingExport {
        private final CourtTables tables;
        private final Clock clock;

        RankingExport(CourtTables tables, Clock clock) {
            this.tables = tables;
            this.clock = clock;
        }

        @GET
        @Produces({XLSX, "text/csv", MediaType.APPLICATION_JSON})
        public Response export(@Context ContainerRequestContext ctx, @QueryParam("format") String format,
                               @QueryParam("year") String year, @QueryParam("quarter") String quarter,
                               @QueryParam("month") String month, @QueryParam("orgId") String orgId) {
            ExportFormat f = ExportFormat.parse(format);
            return Downloads.of(tables.ranking(CurrentUser.of(ctx).actor(), CourtParams.period(year, quarter, month, clock),
                    Params.optionalId(orgId, "orgId", "单位")), f);
        }
    }
}
