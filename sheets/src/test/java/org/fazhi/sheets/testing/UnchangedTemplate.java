package org.fazhi.sheets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.TableStream;
import org.fazhi.sheets.TemplateExamples;

/** An import template as a user downloads it and uploads it again without filling it in. */
public final class UnchangedTemplate {
    private UnchangedTemplate() {
    }

    /**
     * Downloads the template in every format ({@code template} makes it afresh each time) and uploads it unchanged
     * through {@code upload}: each upload must be refused as holding only the template's example rows.
     */
    public static void assertRefusedInEveryFormat(Supplier<TableStream> template, Consumer<SheetFile> upload) {
        for (ExportFormat f : ExportFormat.values()) {
            SheetFile file = SheetFile.of(TableText.bytes(template.get(), f), "模板." + f.extension());
            ImportRejected e = assertThrows(ImportRejected.class, () -> upload.accept(file), f.name());
            assertEquals(TemplateExamples.ONLY_EXAMPLES, e.getMessage(), f.name());
        }
    }
}
