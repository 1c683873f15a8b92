package org.fazhi.duty.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.duty.Court;
import org.fazhi.duty.court.CaseFilter;
import org.fazhi.duty.court.CourtCase;
import org.fazhi.model.Page;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.TemplateExamples;
import org.fazhi.sheets.testing.TableText;
import org.fazhi.sheets.testing.UnchangedTemplate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The court list through the module alone, no server: the files the import page takes and the export gives. */
class CourtSheetsTest {
    @AutoClose
    private final Court c = new Court();

    private List<CourtCase> cases() {
        return c.duty.courtCases().list(Court.ADMIN, CaseFilter.ALL, new Page(10, 0)).items();
    }

    @Test
    void theTemplateUnchangedIsRefusedAndFilledInImportsAsOneCaseHeardTwiceAndOnlyOnce() {
        DutySheets sheets = c.duty.sheets();
        UnchangedTemplate.assertRefusedInEveryFormat(() -> sheets.court().template(Court.ADMIN),
                file -> sheets.importCourt(Court.ADMIN, file, true));
        assertEquals(0, cases().size());

        // The example rows with their marker taken out are data like any other.
        String filled = TableText.csv(sheets.court().template(Court.ADMIN)).replace(TemplateExamples.MARKER, "");
        SheetFile file = SheetFile.of(filled.getBytes(StandardCharsets.UTF_8), "出庭应诉.csv");
        CourtImporter.Imported r = sheets.importCourt(Court.ADMIN, file);

        assertEquals(new CourtImporter.Imported(2, 1, 2, 0, 0), r);
        assertEquals(1, cases().size());
        assertEquals(2, c.duty.courtCases().hearings(Court.ADMIN, cases().get(0).id()).size());
        // The template's absence says what happened (未出庭情况), and the export writes it back under its header.
        assertEquals("局长参加全县防汛抢险调度会议,委托法制科科长出庭",
                c.duty.courtCases().hearings(Court.ADMIN, cases().get(0).id()).get(0).absenceNote());

        // The same file again: refused as a whole, naming the earlier import, not row by row.
        ImportRejected same = assertThrows(ImportRejected.class, () -> sheets.importCourt(Court.ADMIN, file));
        assertEquals(ImportProblem.ALREADY_IMPORTED, same.problem().error());
        assertTrue(same.getMessage().contains("由 " + Court.ADMIN.username() + " 导入(共2条)"), same.getMessage());
        assertEquals(List.of(), same.problem().errors());
        // Forced, it still adds nothing: the hearing dates are already recorded.
        ImportRejected forced = assertThrows(ImportRejected.class, () -> sheets.importCourt(Court.ADMIN, file, true));
        assertEquals(2, forced.problem().errors().size(), forced.problem().errors().toString());

        // The export names the case again (here byte for byte the file imported): forced, its hearings are
        // already recorded, so the file is refused row by row.
        byte[] export = TableText.bytes(sheets.court().cases(Court.ADMIN, CaseFilter.ALL), ExportFormat.CSV);
        String exported = new String(export, StandardCharsets.UTF_8);
        assertTrue(exported.contains(",未出庭情况,") && exported.contains("局长参加全县防汛抢险调度会议,委托法制科科长出庭"),
                exported);
        ImportRejected again = assertThrows(ImportRejected.class,
                () -> sheets.importCourt(Court.ADMIN, SheetFile.of(export, "导出.csv"), true));
        assertEquals(2, again.problem().errors().size(), again.problem().errors().toString());
        assertEquals(1, cases().size());
    }

    @Test
    void aNoteOnAHearingTheHeadAttendedIsRefusedInItsColumn() {
        String csv = "案号,法院,审级,被告单位,开庭日期,负责人是否出庭,出庭负责人,负责人类别,未出庭理由,未出庭情况\r\n"
                + "(2024)某0101行初7号,某某县人民法院,一审,县司法局,2024-05-10,是,张局长,正职,,委托副职出庭\r\n"
                + "(2024)某0101行初8号,某某县人民法院,一审,县司法局,2024-05-11,否,,,不可抗力,负责人因不可抗力委托副职出庭\r\n";
        ImportRejected e = assertThrows(ImportRejected.class, () -> c.duty.sheets().importCourt(Court.ADMIN,
                SheetFile.of(csv.getBytes(StandardCharsets.UTF_8), "出庭.csv")));
        List<RowErrors.RowError> errors = e.problem().errors();
        assertEquals(List.of(2), errors.stream().map(RowErrors.RowError::row).toList(), errors.toString());
        assertEquals(List.of("未出庭情况"), errors.stream().map(RowErrors.RowError::column).toList());

        String good = csv.substring(0, csv.indexOf("(2024)某0101行初7号")) + csv.substring(csv.indexOf("(2024)某0101行初8号"));
        c.duty.sheets().importCourt(Court.ADMIN, SheetFile.of(good.getBytes(StandardCharsets.UTF_8), "出庭.csv"));
        assertEquals("负责人因不可抗力委托副职出庭",
                c.duty.courtCases().hearings(Court.ADMIN, cases().get(0).id()).get(0).absenceNote());
    }

    @Test
    void aGbkCsvIsReadUnderItsAliasesAndEveryBadRowIsReported() {
        String csv = "案件编号,审理法院,审理程序,应诉单位,开庭时间,是否出庭,出庭负责人,负责人类别\r\n"
                + "(2024)某0101行初7号,某某县人民法院,一审,县司法局,2024-05-10,是,张局长,正职\r\n"
                + "(2024)某0101行初8号,某某县人民法院,一审,县司法局,2024-13-40,是,张局长,正职\r\n"
                + "(2024)某0101行初9号,某某县人民法院,一审,没有这个单位,2024-05-12,也许,张局长,正职\r\n";
        byte[] gbk = csv.getBytes(Charset.forName("GBK"));

        ImportRejected e = assertThrows(ImportRejected.class,
                () -> c.duty.sheets().importCourt(Court.ADMIN, SheetFile.of(gbk, "出庭.csv")));

        List<RowErrors.RowError> errors = e.problem().errors();
        assertEquals(List.of(3, 4, 4), errors.stream().map(RowErrors.RowError::row).toList(), errors.toString());
        assertEquals(List.of("开庭日期", "被告单位", "负责人是否出庭"),
                errors.stream().map(RowErrors.RowError::column).toList());
        assertTrue(cases().isEmpty(), "nothing is stored when a row is wrong");

        String good = csv.substring(0, csv.indexOf("(2024)某0101行初8号"));
        CourtImporter.Imported r = c.duty.sheets().importCourt(Court.ADMIN,
                SheetFile.of(good.getBytes(Charset.forName("GBK")), "出庭.csv"));
        assertEquals(1, r.cases());
        assertEquals("(2024)某0101行初7号", cases().get(0).caseNo());
    }
}
