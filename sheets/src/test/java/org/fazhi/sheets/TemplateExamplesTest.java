package org.fazhi.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateExamplesTest {
    private static final Column NAME = Column.required("姓名");

    @Test
    void aFileOfOnlyExamplesIsToldSo() {
        Sheet read = new Sheet(1, Map.of(NAME, 0), List.of(new Sheet.Row(2, List.of(TemplateExamples.mark("张三")))));
        Sheet data = read.without(TemplateExamples::isExample);
        assertEquals(TemplateExamples.ONLY_EXAMPLES,
                TemplateExamples.nothingToImport(read, data, "学法记录").getMessage());
    }

    @Test
    void aFileOfOnlyTheHeaderNamesWhatIsMissing() {
        Sheet read = new Sheet(1, Map.of(NAME, 0), List.of());
        assertEquals("文件中只有表头,没有学法记录",
                TemplateExamples.nothingToImport(read, read.without(TemplateExamples::isExample), "学法记录").getMessage());
    }

    /** An import's upload read with {@link SheetReader#readData}: the examples left out, wrong rows and empty files refused. */
    @Test
    void readDataLeavesOutTheExamplesAndRefusesWrongRowsAndEmptyFiles() {
        SheetReader reader = new SheetReader(List.of(NAME), 10);
        String header = "姓名\n";
        String example = TemplateExamples.mark("张三") + "\n";
        assertEquals(List.of("李四"), reader.readData(csv(header + example + "李四\n"), "人员", TemplateExamplesTest::names,
                List::isEmpty));
        assertEquals(TemplateExamples.ONLY_EXAMPLES, assertThrows(ImportRejected.class,
                () -> reader.readData(csv(header + example), "人员", TemplateExamplesTest::names, List::isEmpty)).getMessage());
        assertEquals("文件中只有表头,没有人员", assertThrows(ImportRejected.class,
                () -> reader.readData(csv(header), "人员", TemplateExamplesTest::names, List::isEmpty)).getMessage());
        ImportRejected wrong = assertThrows(ImportRejected.class,
                () -> reader.readData(csv(header + "李四\n错\n"), "人员", TemplateExamplesTest::names, List::isEmpty));
        assertEquals(List.of(new RowErrors.RowError(3, "姓名", "姓名太短")), wrong.problem().errors());
    }

    /** UTF-8 with a byte-order mark, as Excel saves it. */
    private static SheetFile csv(String text) {
        return SheetFile.of(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), "people.csv");
    }

    /** The names, a one-character name refused. */
    private static List<String> names(Sheet sheet, RowErrors errors) {
        List<String> names = new ArrayList<>();
        for (Sheet.Row r : sheet.rows()) {
            String name = sheet.get(r, NAME);
            if (name.length() < 2) {
                errors.add(r.number(), "姓名", "姓名太短");
            } else {
                names.add(name);
            }
        }
        return names;
    }
}
