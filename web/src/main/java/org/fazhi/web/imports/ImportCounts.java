package org.fazhi.web.imports;

/**
 * The answer to a stored import that registers new records and updates the ones it already holds: records added
 * and updated (together: imported), and the rows that changed nothing.
 */
public record ImportCounts(int imported, int created, int updated, int unchanged) {
    public static ImportCounts of(int created, int updated, int unchanged) {
        return new ImportCounts(created + updated, created, updated, unchanged);
    }

    /** The same import as its page runs it ({@link SheetImportPage}): the number of records imported. */
    public static SheetImport<Integer> imported(SheetImport<ImportCounts> importer) {
        return (actor, file, force) -> importer.importFile(actor, file, force).imported();
    }
}
