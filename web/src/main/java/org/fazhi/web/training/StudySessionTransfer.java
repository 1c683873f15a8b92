package org.fazhi.web.training;

import jakarta.ws.rs.Path;
import org.fazhi.training.sheets.StudySessionImporter;
import org.fazhi.training.sheets.TrainingTables;
import org.fazhi.web.export.TableExport;
import org.fazhi.web.imports.SheetImportResource;

/**
 * Study sessions in and out of spreadsheets. Each endpoint is its own root resource with its full
 * path, so it never shadows (or is shadowed by) {@code /api/study-sessions/{id}} of the JSON API.
 */
public final class StudySessionTransfer {
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
    public static final class Export extends TableExport {
        Export(TrainingTables tables) {
            super((actor, q) -> tables.sessions(actor, TrainingParams.sessionFilter(q.get("orgId"), q.get("year"),
                    q.get("kind"), q.get("q"), q.get("unitOnly"))));
        }
    }

    /** GET /api/study-sessions/import-template?format=xlsx|csv: the headers and one example row. */
    @Path("/api/study-sessions/import-template")
    public static final class Template extends TableExport {
        Template(TrainingTables tables) {
            super((actor, q) -> tables.sessionTemplate(actor));
        }
    }
}
