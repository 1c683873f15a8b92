package org.fazhi.web.court;

import jakarta.ws.rs.Path;
import java.time.Clock;
import org.fazhi.duty.sheets.CourtImporter;
import org.fazhi.duty.sheets.CourtTables;
import org.fazhi.web.api.Params;
import org.fazhi.web.export.TableExport;
import org.fazhi.web.imports.SheetImportResource;

/**
 * Court lists in and out of spreadsheets. Each endpoint is its own root resource with its full path,
 * so it never shadows (or is shadowed by) {@code /api/court-cases/{id}} of the JSON API.
 */
public final class CourtTransfer {
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
    public static final class Export extends TableExport {
        Export(CourtTables tables) {
            super((actor, q) -> tables.cases(actor, CourtParams.caseFilter(q.get("orgId"), q.get("year"),
                    q.get("instance"), q.get("outcome"), q.get("q"))));
        }
    }

    /** GET /api/court-cases/import-template?format=xlsx|csv: the headers, two example rows and (xlsx) the notes. */
    @Path("/api/court-cases/import-template")
    public static final class Template extends TableExport {
        Template(CourtTables tables) {
            super((actor, q) -> tables.template(actor));
        }
    }

    /** GET /api/court-appearance/export?format=&year=&quarter=|month=&orgId=: the ranking table with the 约谈 reasons. */
    @Path("/api/court-appearance/export")
    public static final class RankingExport extends TableExport {
        RankingExport(CourtTables tables, Clock clock) {
            super((actor, q) -> tables.ranking(actor, CourtParams.period(q.get("year"), q.get("quarter"), q.get("month"), clock),
                    Params.optionalOrg(q.get("orgId"))));
        }
    }
}
