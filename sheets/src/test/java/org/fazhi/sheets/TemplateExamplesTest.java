package org.fazhi.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
