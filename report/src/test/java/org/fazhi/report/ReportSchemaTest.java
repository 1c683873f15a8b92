package org.fazhi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fazhi.storage.migrate.Migration;
import org.junit.jupiter.api.Test;

/**
 * Ledgers whose report table was created while the report lived in the web module must still open: the
 * runner pins each applied script by component, version and checksum, so none of them may change.
 */
class ReportSchemaTest {
    @Test
    void theMigrationKeepsItsComponentNameAndChecksum() {
        assertEquals("report", ReportSchema.MIGRATIONS.component());
        assertEquals(1, ReportSchema.MIGRATIONS.latestVersion());
        Migration v1 = ReportSchema.MIGRATIONS.migrations().get(0);
        assertEquals(1, v1.version());
        assertEquals("annual reports", v1.description());
        assertEquals("5b23352a429ff851351dc140034cb9c6b66334d9a8aafff57328696880c306bb", v1.checksum(),
                "db/report/V1__annual_reports.sql is never edited; a change is a new V2 script");
    }
}
