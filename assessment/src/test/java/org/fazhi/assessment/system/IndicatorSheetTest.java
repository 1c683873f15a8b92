package org.fazhi.assessment.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.assessment.Assessing;
import org.fazhi.model.org.OrgKind;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.TableWriter;
import org.fazhi.sheets.TextDecoding;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class IndicatorSheetTest {
    @AutoClose
    private final Assessing a = new Assessing();
    private final IndicatorSystemService systems = a.assessment.systems();

    @Test
    void anExportImportsBackAsItWasInXlsxAndCsv() throws IOException {
        IndicatorSystem sample = systems.loadSample(Assessing.ADMIN, null);
        for (ExportFormat format : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TableWriter.write(IndicatorSheet.table(sample), format, out);
            IndicatorSystem back = systems.importSheet(Assessing.organiser(a.county), SheetFile.of(out.toByteArray(),
                    "指标体系." + format.extension()), "导入的体系" + format, 2026, null);
            assertEquals(sample.indicators(), back.indicators(), format.toString());
            assertEquals(a.county.id(), back.ownerOrgId());
            assertTrue(a.audit(IndicatorSystemService.ENTITY, back.id()).get(0).summary()
                    .startsWith("从文件“指标体系." + format.extension() + "”导入指标体系“导入的体系" + format + "(第1版)”(共"), format.toString());
        }
    }

    @Test
    void aBrokenSheetIsRefusedWithEveryRowAndColumnAndNothingIsStored() {
        String csv = """
                编码,上级编码,指标名称,评分标准,分值,佐证材料,适用单位,关联台账指标
                1,,制度建设,,12,,,
                1.1,1,规范性文件,,6,文件、情况说明,,
                1.1,1,重复的编码,,2,,,
                1.2,9,上级不存在,,2,,,
                1.3,1,坏的单元格,,两分,传真,居委会,出勤率
                2,,执法,,,,,
                2.1,2,执法公示,,3,,,
                2.1.1,2.1,三级,,3,,,
                2.1.1.1,2.1.1,四级,,3,,,
                """;
        ImportRejected e = assertThrows(ImportRejected.class, () -> systems.importSheet(Assessing.ADMIN,
                SheetFile.of(csv.getBytes(TextDecoding.GBK), "指标.csv"), "体系", 2026, null));
        List<RowErrors.RowError> errors = e.problem().errors();
        assertEquals(List.of("6 分值", "6 佐证材料", "6 适用单位", "6 关联台账指标"),
                errors.stream().map(r -> r.row() + " " + r.column()).toList(), "cells are reported before the tree is judged");
        assertTrue(errors.get(0).message().contains("分值应为数字,而不是“两分”"), errors.get(0).message());

        String tree = csv.replace("1.3,1,坏的单元格,,两分,传真,居委会,出勤率\n", "");
        ImportRejected t = assertThrows(ImportRejected.class, () -> systems.importSheet(Assessing.ADMIN,
                SheetFile.of(tree.getBytes(StandardCharsets.UTF_8), "指标.csv"), "体系", 2026, null));
        assertEquals(List.of(
                        new RowErrors.RowError(2, "分值", "分值 12 与下级指标分值之和 6 不符"),
                        new RowErrors.RowError(4, "编码", "编码 1.1 重复(第3行已有)"),
                        new RowErrors.RowError(5, "上级编码", "上级编码 9 不存在"),
                        new RowErrors.RowError(9, "上级编码", "指标“四级”在第4级,指标体系最多三级(一级/二级/三级)")),
                t.problem().errors());
        assertTrue(systems.list(Assessing.ADMIN).isEmpty());
    }

    @Test
    void unitKindsAreReadAsPeopleWriteThem() {
        assertEquals(List.of(OrgKind.COUNTY_GOV, OrgKind.TOWNSHIP), IndicatorSheet.orgKinds("县(市、区)人民政府、乡镇人民政府/街道办事处"));
        assertEquals(List.of(OrgKind.DEPARTMENT, OrgKind.TOWNSHIP), IndicatorSheet.orgKinds("乡镇(街道)、部门"));
        assertEquals(List.of(OrgKind.DEV_ZONE, OrgKind.UNIT), IndicatorSheet.orgKinds("UNIT,开发区"));
        assertEquals(List.of(), IndicatorSheet.orgKinds("全部"));
    }

    @Test
    void theSameSystemImportedAgainIsRefusedNamingTheOneStoredUnlessForced() throws IOException {
        IndicatorSystem sample = systems.loadSample(Assessing.ADMIN, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.write(IndicatorSheet.table(sample), ExportFormat.CSV, out);
        SheetFile file = SheetFile.of(out.toByteArray(), "县指标.csv");
        IndicatorSystem first = systems.importSheet(Assessing.organiser(a.county), file, "县指标", 2026, null);
        int before = systems.list(Assessing.ADMIN).size();
        ImportRejected again = assertThrows(ImportRejected.class,
                () -> systems.importSheet(Assessing.organiser(a.county), file, "县指标", 2026, null));
        assertEquals(ImportProblem.ALREADY_IMPORTED, again.problem().error());
        assertEquals("已有名称和指标完全相同的指标体系“县指标(第1版)”(编号 " + first.id() + "),未重复导入;如确需再导入一份,请勾选“仍要导入”",
                again.problem().message());
        assertEquals(before, systems.list(Assessing.ADMIN).size(), "nothing stored");
        // Another title, another unit keeping it, a changed indicator, or 仍要导入 ticked: a system of its own
        assertEquals("县指标(修订)", systems.importSheet(Assessing.organiser(a.county), file, "县指标(修订)", 2026, null).title());
        assertEquals(a.county2.id(), systems.importSheet(Assessing.organiser(a.county2), file, "县指标", 2026, null).ownerOrgId());
        String changed = new String(out.toByteArray(), StandardCharsets.UTF_8).replace("组织领导", "组织保障");
        assertEquals("组织保障", systems.importSheet(Assessing.organiser(a.county), SheetFile.of(changed.getBytes(StandardCharsets.UTF_8),
                "县指标.csv"), "县指标", 2026, null).indicators().stream().filter(i -> i.parentCode() == null)
                .reduce((x, y) -> y).orElseThrow().title());
        assertEquals("县指标", systems.importSheet(Assessing.organiser(a.county), file, "县指标", 2026, null, true).title());
        assertEquals(before + 4, systems.list(Assessing.ADMIN).size());
    }
}
