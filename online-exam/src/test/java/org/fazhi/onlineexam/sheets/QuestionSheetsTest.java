package org.fazhi.onlineexam.sheets;

import static org.fazhi.storage.testing.ModuleLedger.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.model.AccessDeniedException;
import org.fazhi.model.Page;
import org.fazhi.onlineexam.Banking;
import org.fazhi.onlineexam.bank.Difficulty;
import org.fazhi.onlineexam.bank.Question;
import org.fazhi.onlineexam.bank.QuestionFilter;
import org.fazhi.onlineexam.bank.QuestionImport;
import org.fazhi.onlineexam.bank.QuestionType;
import org.fazhi.onlineexam.demo.DemoQuestions;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.TableStream;
import org.fazhi.sheets.testing.TableText;
import org.fazhi.sheets.testing.UnchangedTemplate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The bank as files over a real database: import all or none with every bad cell named, export, template. */
class QuestionSheetsTest {
    private static final String HEADER = "题型,题干,选项A,选项B,选项C,选项D,选项E,选项F,选项G,选项H,答案,分值,难度,所涉法律法规,解析,状态\n";

    @AutoClose
    final Banking t = new Banking();
    final QuestionSheets sheets = t.bank.sheets();

    private static SheetFile csv(String header, String body) {
        return SheetFile.of((header + body).getBytes(StandardCharsets.UTF_8), "题库.csv");
    }

    private List<Question> all() {
        return t.bank.questions().list(ADMIN, QuestionFilter.ALL, Page.FIRST).items();
    }

    @Test
    void aFileWithOtherHeadersIsImportedUpdatedFromAnEditedCopyAndRefusedTheSecondTime() {
        String header = "类型,题目,A,B,C,D,正确答案,分数,难易程度,法律依据\n";
        SheetFile first = csv(header, """
                单选,行政复议机关收到申请后应当在( )内审查决定是否受理。,三日,五日,七日,十日,b,2,中等,中华人民共和国行政复议法
                多选题,下列属于行政处罚的有( )。,警告,罚款,记过,,"A,B",3,,中华人民共和国行政处罚法;中华人民共和国治安管理处罚法
                判断,居住权可以继承。,,,,,错,2,简单,中华人民共和国民法典
                案例分析,某镇政府夜间强拆违法建筑是否合法?,,,,,不合法,10,难,
                """);
        assertEquals(new QuestionImport.Result(4, 0, 0), sheets.importFile(ADMIN, first, false));
        List<Question> all = all();
        Question multiple = all.get(2);
        assertEquals(QuestionType.MULTIPLE, multiple.type());
        assertEquals(List.of("警告", "罚款", "记过"), multiple.options());
        assertEquals("AB", multiple.answer());
        assertEquals(Difficulty.MEDIUM, multiple.difficulty(), "blank is 中");
        assertEquals(List.of("中华人民共和国行政处罚法", "中华人民共和国治安管理处罚法"), multiple.laws());
        assertEquals("F", all.get(1).answer());

        ImportRejected again = assertThrows(ImportRejected.class, () -> sheets.importFile(ADMIN, first, false));
        assertEquals(ImportProblem.ALREADY_IMPORTED, again.problem().error());
        assertEquals(new QuestionImport.Result(0, 0, 4), sheets.importFile(ADMIN, first, true), "forced: nothing changes");

        SheetFile edited = csv(header, """
                多选题,下列属于行政处罚的有( )。,警告,罚款,记过,行政拘留,ABD,3,,中华人民共和国行政处罚法
                判断,宪法是国家的根本法。,,,,,对,2,,中华人民共和国宪法
                """);
        assertEquals(new QuestionImport.Result(1, 1, 0), sheets.importFile(ADMIN, edited, false));
        Question updated = t.bank.questions().find(ADMIN, multiple.id());
        assertEquals("ABD", updated.answer());
        assertEquals(1, updated.version());
        assertEquals(5, all().size());
    }

    @Test
    void everyBadCellIsNamedWithItsRowAndColumnAndNothingIsWritten() {
        SheetFile bad = csv(HEADER, """
                单选题,题干一,甲,乙,,,,,,,C,2,易,,,
                选择题,题干二,甲,乙,,,,,,,A,2,易,,,
                多选题,题干三,甲,乙,甲,,,,,,A,0,易,,,
                判断题,题干四,对,错,,,,,,,对,2,很难,,,
                判断题,,,,,,,,,,也许,2,易,,,作废
                单选题,题干一,甲,乙,,,,,,,A,2,易,,,
                单选题,题干六,甲,乙,丙,,,,,,B,2,易,,,
                单选题,题干六,甲,乙,丙,,,,,,A,2,易,,,
                """);
        ImportRejected e = assertThrows(ImportRejected.class, () -> sheets.importFile(ADMIN, bad, false));
        assertEquals(List.of(
                "2 答案 答案“C”无效,应为选项A到B中的字母",
                "3 题型 题型“选择题”无效,应为:单选题、多选题、判断题、案例分析题",
                "4 分值 分值应在1到100之间,而不是0",
                "4 选项C 选项C与前面的选项相同",
                "5 难度 难度“很难”无效,应为:易、中、难",
                "5 选项A 判断题没有选项",
                "6 状态 状态“作废”无效,应为“启用”或“停用”",
                "6 题干 题干不能为空",
                "6 答案 答案“也许”无效,判断题应为“对”或“错”"),
                e.problem().errors().stream().map(TableText::line).toList());
        assertEquals(List.of(), all(), "nothing written");

        SheetFile twice = csv(HEADER, """
                单选题,题干一,甲,乙,,,,,,,A,2,易,,,
                单选题,题干六,甲,乙,丙,,,,,,B,2,易,,,
                单选题,题干六,甲,乙,丙,,,,,,A,2,易,,,
                """);
        ImportRejected e2 = assertThrows(ImportRejected.class, () -> sheets.importFile(ADMIN, twice, false));
        assertEquals(List.of("4 题干 与第3行是同一道单选题(题干相同)"), e2.problem().errors().stream().map(TableText::line).toList());
        assertEquals(List.of(), all(), "nothing written");
        assertThrows(AccessDeniedException.class, () -> sheets.importFile(Banking.organiser(t.justice), twice, false));
    }

    @Test
    void anExportImportsAgainUnchangedAndTheTemplateAloneImportsNothing() {
        new DemoQuestions(t.bank.questions()).load();
        Question first = all().get(all().size() - 1);
        t.bank.questions().retire(ADMIN, first.id(), null);
        TableStream export = sheets.questions(ADMIN, QuestionFilter.ALL);
        String exported = TableText.csv(export);
        assertEquals(HEADER.strip(), exported.lines().findFirst().orElseThrow().replace("\uFEFF", ""));
        byte[] xlsx = TableText.xlsx(sheets.questions(ADMIN, QuestionFilter.ALL));
        int n = DemoQuestions.questions().size();
        assertEquals(new QuestionImport.Result(0, 0, n), sheets.importFile(ADMIN, SheetFile.of(xlsx, "题库.xlsx"), false),
                "an export imports again, changing nothing");
        assertFalse(t.bank.questions().find(ADMIN, first.id()).active(), "its state too");

        try (Banking fresh = new Banking()) {
            assertEquals(new QuestionImport.Result(n, 0, 0), fresh.bank.sheets().importFile(ADMIN,
                    SheetFile.of(exported.getBytes(StandardCharsets.UTF_8), "题库.csv"), false));
            // The file's first row is the newest question; imported in the file's order it becomes the oldest.
            assertEquals(exported.lines().sorted().toList(), TableText.csv(fresh.bank.sheets().questions(ADMIN, QuestionFilter.ALL))
                    .lines().sorted().toList(), "a fresh bank holds the same questions");
        }

        UnchangedTemplate.assertRefusedInEveryFormat(() -> sheets.template(ADMIN), file -> sheets.importFile(ADMIN, file, false));
    }
}
