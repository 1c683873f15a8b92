package org.fazhi.reconsideration.sheets;

import static org.fazhi.storage.testing.ModuleLedger.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.model.Page;
import org.fazhi.reconsideration.Reconsidering;
import org.fazhi.reconsideration.cases.CaseFilter;
import org.fazhi.reconsideration.cases.CaseImport;
import org.fazhi.reconsideration.cases.Decision;
import org.fazhi.reconsideration.cases.ReconsiderationCase;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.testing.TableText;
import org.fazhi.sheets.testing.UnchangedTemplate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The ledger as files over a real database: import all or none with every bad cell named, export, template. */
class CaseSheetsTest {
    private static final String HEADER = "案号,申请人,申请人类型,被申请人,事项类别,收到申请日期,受理日期,不予受理理由,审理程序,延长天数,决定日期,"
            + "决定结果,被申请人自行纠正,备注\n";

    @AutoClose
    final Reconsidering t = new Reconsidering();
    final CaseSheets sheets = t.r.sheets();

    private static SheetFile csv(String body) {
        return SheetFile.of((HEADER + body).getBytes(StandardCharsets.UTF_8), "行政复议.csv");
    }

    private List<ReconsiderationCase> all() {
        return t.r.cases().list(ADMIN, CaseFilter.of(null, null), Page.FIRST).items();
    }

    @Test
    void aFileIsImportedUpdatedFromAnEditedCopyAndRefusedTheSecondTime() {
        SheetFile first = csv("""
                清政复决字〔2025〕1号,张某某,公民,县司法局,行政处罚,2025-01-06,2025-01-08,,普通程序,,2025-03-01,撤销,,
                清政复决字〔2025〕2号,清河县宏达建材有限公司,法人,县财政局,政府信息公开,2025/2/6,,超过申请期限,,,,,,
                清政复决字〔2025〕3号,李某,公民,城关镇人民政府,征收征用,2025年6月1日,2025-06-03,,,10,,,,待补正材料
                """);
        assertEquals(new CaseImport.Result(3, 0, 0), sheets.importFile(ADMIN, first, false));
        ReconsiderationCase third = all().get(0);
        assertEquals("清政复决字〔2025〕3号", third.caseNo());
        assertEquals(java.time.LocalDate.of(2025, 8, 12), third.dueOn(), "60 days and 10 of extension from 06-03");

        ImportRejected again = assertThrows(ImportRejected.class, () -> sheets.importFile(ADMIN, first, false));
        assertEquals(ImportProblem.ALREADY_IMPORTED, again.problem().error());
        assertEquals(new CaseImport.Result(0, 0, 3), sheets.importFile(ADMIN, first, true), "forced: nothing changes");

        SheetFile decided = csv("""
                清政复决字〔2025〕3号,李某,公民,城关镇人民政府,征收征用,2025-06-01,2025-06-03,,,10,2025-06-28,和解,是,
                清政复决字〔2025〕4号,王某,公民,县司法局,行政许可,2025-06-20,,,,,,,,
                """);
        assertEquals(new CaseImport.Result(1, 1, 0), sheets.importFile(ADMIN, decided, false));
        ReconsiderationCase settled = all().stream().filter(c -> c.caseNo().endsWith("3号")).findFirst().orElseThrow();
        assertEquals(Decision.SETTLED, settled.decision());
        assertEquals(1, settled.version());
    }

    @Test
    void everyBadCellIsNamedWithItsRowAndColumnAndNothingIsWritten() {
        t.decided(t.justice, "2025-01-06", "2025-01-08", "2025-03-01", Decision.UPHELD);
        SheetFile bad = csv("""
                A1,张某,公民,县司法局,行政处罚,2025-03-05,2025-03-01,,,,,,,
                A2,张某,公民,县司法局,行政处罚,2025-03-05,2025-03-06,,,,2025-03-04,维持,,
                A3,张某,公民,县司法局,行政处罚,2025-03-05,2025-03-06,,,31,,,,
                A4,张某,公民,县司法局,行政处罚,2025-03-05,2025-03-06,,简易程序,5,,,,
                A5,张某,公民,县司法局,行政处罚,2025-03-05,2025-03-06,,,,2025-04-01,撤消,,
                A6,张某,公民,不存在的局,行政处罚,2025-03-05,,,,,,,,
                A7,张某,公民,县司法局,行政处罚,2025-07-05,,,,,,,,
                A8,张某,公民,县司法局,行政处罚,2025-03-05,,,,,,,,
                A8,张某,公民,县司法局,行政处罚,2025-03-05,,,,,,,,
                清政复决字〔2025〕1号,张某某,公民,县财政局,行政处罚,2025-01-06,2025-01-08,,,,2025-03-01,维持,,
                """);
        ImportRejected e = assertThrows(ImportRejected.class, () -> sheets.importFile(ADMIN, bad, false));
        assertEquals(List.of(
                "2 受理日期 受理日期不能早于收到申请日期(2025-03-05)",
                "3 决定日期 决定日期不能早于受理日期(2025-03-06)",
                "4 延长天数 延长天数应在0到30之间,而不是31",
                "5 延长天数 简易程序案件不能延长审理期限",
                "6 决定结果 决定结果“撤消”无效,应为:维持、驳回、撤销、部分撤销、"
                        + "变更、确认违法、责令履行、确认无效、"
                        + "调解、和解、终止"),
                e.problem().errors().subList(0, 5).stream().map(TableText::line).toList());
        assertEquals("7 被申请人", TableText.line(e.problem().errors().get(5)).substring(0, 6));
        assertEquals(List.of("8 收到申请日期 收到申请日期不能晚于今天(2025-06-30)", "10 案号 案号“A8”与第9行重复",
                "11 被申请人 案件 清政复决字〔2025〕1号 已登记,被申请人为“县司法局”,与本行不同;如需更改请在案件页面修改"),
                e.problem().errors().subList(6, e.problem().errors().size()).stream().map(TableText::line).toList(),
                "the ledger's checks of the clean rows come in the same refusal as the file's own errors");
        assertEquals(1, all().size(), "nothing written");

        SheetFile ledgerBad = csv("""
                A7,张某,公民,县司法局,行政处罚,2025-07-05,,,,,,,,
                A8,张某,公民,县司法局,行政处罚,2025-03-05,,,,,,,,
                A8,张某,公民,县司法局,行政处罚,2025-03-05,,,,,,,,
                清政复决字〔2025〕1号,张某某,公民,县财政局,行政处罚,2025-01-06,2025-01-08,,,,2025-03-01,维持,,
                """);
        ImportRejected e2 = assertThrows(ImportRejected.class, () -> sheets.importFile(ADMIN, ledgerBad, false));
        assertEquals(List.of("2 收到申请日期 收到申请日期不能晚于今天(2025-06-30)", "4 案号 案号“A8”与第3行重复",
                "5 被申请人 案件 清政复决字〔2025〕1号 已登记,被申请人为“县司法局”,与本行不同;如需更改请在案件页面修改"),
                e2.problem().errors().stream().map(TableText::line).toList());
        assertEquals(1, all().size(), "nothing written");
    }

    @Test
    void anExportImportsAgainAndTheTemplateAloneImportsNothing() {
        t.decided(t.justice, "2025-01-06", "2025-01-08", "2025-03-01", Decision.REVOKED);
        t.decided(t.finance, "2025-02-06", "2025-02-08", "2025-04-01", Decision.MEDIATED);
        String exported = TableText.csv(sheets.cases(ADMIN, CaseFilter.of(null, 2025)));
        assertEquals(HEADER.strip(), exported.lines().findFirst().orElseThrow().replace("\uFEFF", ""));
        assertEquals(new CaseImport.Result(0, 0, 2), sheets.importFile(ADMIN, SheetFile.of(exported.getBytes(StandardCharsets.UTF_8),
                "导出.csv"), false), "an export imports again, changing nothing");

        UnchangedTemplate.assertRefusedInEveryFormat(() -> sheets.template(ADMIN), file -> sheets.importFile(ADMIN, file, false));
    }

    /** The tester's file: a row's every fault, a row after today, a ledger clash and a bad cell, all in one refusal. */
    @Test
    void oneRefusalNamesEveryRowsEveryErrorTheLedgersToo() {
        t.decided(t.justice, "2025-01-06", "2025-01-08", "2025-03-01", Decision.UPHELD);
        SheetFile bad = csv("""
                C1,张某,公民,县司法局,行政处罚,2025-03-05,2025-03-06,,,,2025-04-01,撤销,,
                C2,张某,个人,县司法局,行政处罚,2025-03-05,2025-03-01,,简易程序,5,,维持,是,
                C3,张某,公民,县司法局,行政处罚,2027-01-01,,,,,,,,
                C4,张某,公民,县司法局,行政处罚,2025-09-01,2025-09-02,,,,,撤消,,
                清政复决字〔2025〕1号,张某某,公民,县财政局,行政处罚,2025-01-06,2025-01-08,,,,2025-03-01,维持,,
                C1,张某,公民,县司法局,行政处罚,2025-03-05,2025-03-06,,,,2025-04-01,撤销,,
                """);
        ImportRejected e = assertThrows(ImportRejected.class, () -> sheets.importFile(ADMIN, bad, false));
        List<String> lines = e.problem().errors().stream().map(TableText::line).toList();
        assertEquals(List.of(
                "3 申请人类型 申请人类型“个人”无效,应为:公民、法人、其他组织",
                "3 受理日期 受理日期不能早于收到申请日期(2025-03-05)",
                "3 延长天数 简易程序案件不能延长审理期限",
                "3 决定日期 选择了决定结果“维持”,请同时填写决定日期",
                "3 被申请人自行纠正 “被申请人自行纠正”只适用于以调解、和解或终止结案的案件",
                "4 收到申请日期 收到申请日期不能晚于今天(2025-06-30)",
                "5 决定结果 决定结果“撤消”无效,应为:维持、驳回、撤销、部分撤销、变更、确认违法、责令履行、确认无效、调解、和解、终止",
                "5 收到申请日期 收到申请日期不能晚于今天(2025-06-30)",
                "5 受理日期 受理日期不能晚于今天(2025-06-30)",
                "6 被申请人 案件 清政复决字〔2025〕1号 已登记,被申请人为“县司法局”,与本行不同;如需更改请在案件页面修改",
                "7 案号 案号“C1”与第2行重复"), lines);
        assertEquals("导入失败:文件中共有11处错误(涉及5行),未导入任何记录。请改正后重新上传。", e.problem().message());
        assertEquals(1, all().size(), "nothing written, not even the good row");
    }
}
