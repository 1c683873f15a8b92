package org.fazhi.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportSourceTest {
    @Test
    void anUploadGivesItsNameDigestAndSize() {
        SheetFile file = SheetFile.of("单位,日期\n".getBytes(StandardCharsets.UTF_8), " 学法.csv ");
        ImportSource source = ImportSource.of(file);
        assertEquals("学法.csv", source.fileName());
        assertEquals(file.sha256(), source.sha256());
        assertEquals(file.size(), source.size());
    }

    @Test
    void aBlankNameIsUnnamedAndALongOneIsCut() {
        assertEquals("(未命名)", new ImportSource("  ", "00", 1).fileName());
        String cut = new ImportSource("长".repeat(250), "00", 1).fileName();
        assertEquals(ImportSource.NAME_MAX + 1, cut.length());
        assertEquals('…', cut.charAt(ImportSource.NAME_MAX));
    }
}
