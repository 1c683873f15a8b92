package org.fazhi.web.onlineexam;

import jakarta.ws.rs.Path;
import org.fazhi.onlineexam.bank.QuestionImport;
import org.fazhi.onlineexam.sheets.QuestionSheets;
import org.fazhi.web.export.TableExport;
import org.fazhi.web.imports.ImportCounts;
import org.fazhi.web.imports.SheetImport;
import org.fazhi.web.imports.SheetImportResource;

/**
 * The question bank in and out of spreadsheets. Each endpoint is its own root resource with its full path, so it
 * never shadows (or is shadowed by) {@code /api/questions/{id}}.
 */
public final class QuestionTransfer {
    private QuestionTransfer() {
    }

    /**
     * POST /api/questions/import[?force=true]: an .xlsx, .xls or CSV file (the body, or field {@code file} of a
     * multipart form). 200 {imported, created, updated, unchanged} (imported = created + updated), or 400 {error,
     * message, field, errors:[{row, column, message}]}.
     */
    @Path("/api/questions/import")
    public static final class Import extends SheetImportResource<ImportCounts> {
        Import(QuestionSheets sheets) {
            super(importer(sheets));
        }
    }

    /** The import as the API and the import page run it. */
    static SheetImport<ImportCounts> importer(QuestionSheets sheets) {
        return (actor, file, force) -> {
            QuestionImport.Result r = sheets.importFile(actor, file, force);
            return ImportCounts.of(r.created(), r.updated(), r.unchanged());
        };
    }

    /** GET /api/questions/export?format=xlsx|csv&q=&law=&type=&difficulty=&active=: the list in the import's columns. */
    @Path("/api/questions/export")
    public static final class Export extends TableExport {
        Export(QuestionSheets sheets) {
            super((actor, q) -> sheets.questions(actor, QuestionJson.filter(q.get("q"), q.get("law"), q.get("type"),
                    q.get("difficulty"), q.get("active"))));
        }
    }

    /** GET /api/questions/import-template?format=xlsx|csv: the headers, one example of each type and the notes. */
    @Path("/api/questions/import-template")
    public static final class Template extends TableExport {
        Template(QuestionSheets sheets) {
            super((actor, q) -> sheets.template(actor));
        }
    }
}
