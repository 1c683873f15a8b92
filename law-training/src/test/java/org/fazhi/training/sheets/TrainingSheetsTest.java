package org.fazhi.training.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.fazhi.model.Page;
import org.fazhi.model.ValidationException;
import org.fazhi.sheets.ExportFormat;
import org.fazhi.sheets.ImportProblem;
import org.fazhi.sheets.ImportRejected;
import org.fazhi.sheets.ImportSource;
import org.fazhi.sheets.RowErrors;
import org.fazhi.sheets.SheetFile;
import org.fazhi.sheets.TemplateExamples;
import org.fazhi.sheets.testing.TableText;
import org.fazhi.sheets.testing.UnchangedTemplate;
import org.fazhi.training.County;
import org.fazhi.training.exam.ExamBatch;
import org.fazhi.training.exam.Track;
import org.fazhi.training.study.SessionFilter;
import org.fazhi.training.study.StudyKind;
import org.fazhi.training.study.StudySession;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The module alone, no server: the files the import page takes (.xlsx with Excel date cells, CSV saved
 * by Chinese Excel in GBK) go in through {@link TrainingSheets}, with the page's rules and messages.
 */
class TrainingSheetsTest {
    @AutoClose
    private final County c = new County();
    private final TrainingSheets sheets = c.training.sheets();

    private long sessions() {
        return c.training.sessions().list(County.ADMIN, new SessionFilter(null, null, null, null), new Page(10, 0)).total();
    }

    @Test
    void importsAnXlsxWithExcelDateCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("学法记录");
        List<String> header = List.of("单位", "日期", "类型", "主题", "时长(分钟)", "应到人数", "实到人数");
        for (int i = 0; i < header.size(); i++) {
            ws.value(0, i, header.get(i));
        }
        ws.value(1, 0, "县司法局");
        ws.value(1, 1, LocalDate.of(2024, 3, 15));
        ws.style(1, 1).format("yyyy-mm-dd").set();
        ws.value(1, 2, StudyKind.EXEC_MEETING.label());
        ws.value(1, 3, "学习行政复议法");
        ws.value(1, 4, 45);
        ws.value(1, 5, 20);
        ws.value(1, 6, 18);
        ws.value(2, 0, "城关镇人民政府");
        ws.value(2, 1, 45400); // a bare Excel serial day: 2024-04-18
        ws.value(2, 2, "集体学法");
        ws.value(2, 3, "学习民法典");
        ws.finish();
        wb.finish();

        int n = sheets.importSessions(County.ADMIN, SheetFile.of(out.toByteArray(), "学法记录.xlsx"));

        assertEquals(2, n);
        List<StudySession> stored = c.training.sessions().list(County.ADMIN, new SessionFilter(null, 2024, null, null),
                new Page(10, 0)).items();
        assertEquals(List.of(LocalDate.of(2024, 4, 18), LocalDate.of(2024, 3, 15)),
                stored.stream().map(StudySession::date).sorted((a, b) -> b.compareTo(a)).toList());
    }

    @Test
    void importsAGbkCsvAndRefusesAFutureDatedRowWithEveryOtherError() {
        LocalDate tomorrow = c.training.sessions().today().plusDays(1);
        String csv = "学法单位,学法日期,学法形式,学习内容,实到人数,应到人数\r\n"
                + "县财政局,2024/3/5,集体学法,学习预算法,10,12\r\n"
                + "县财政局," + tomorrow + ",集体学法,学习行政处罚法,10,12\r\n"
                + "不存在的单位,2024年3月6日,集体学法,学习宪法,10,12\r\n";
        SheetFile gbk = SheetFile.of(csv.getBytes(Charset.forName("GBK")), "学法.csv");

        ImportRejected e = assertThrows(ImportRejected.class, () -> sheets.importSessions(County.ADMIN, gbk));

        List<RowErrors.RowError> errors = e.problem().errors();
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).row());
        assertEquals("日期", errors.get(0).column());
        assertTrue(errors.get(0).message().contains("晚于今天"), errors.get(0).message());
        assertEquals(4, errors.get(1).row());
        assertEquals("单位", errors.get(1).column());
        assertEquals(0L, sessions(), "nothing is stored when a row is wrong");

        String good = csv.substring(0, csv.indexOf("县财政局," + tomorrow));
        assertEquals(1, sheets.importSessions(County.ADMIN,
                SheetFile.of(good.getBytes(Charset.forName("GBK")), "学法.csv")));
        assertEquals(1L, sessions());
    }

    @Test
    void aLibraryCallerCannotBulkImportAFutureSession() {
        LocalDate tomorrow = c.training.sessions().today().plusDays(1);
        StudySession ahead = new StudySession(null, c.justice.id(), tomorrow, StudyKind.EXEC_MEETING, "学习行政复议法",
                List.of(), null, null, 45, 20, 18, null, 0);

        ValidationException e = assertThrows(ValidationException.class, () -> c.training.sessionImport()
                .importAll(County.ADMIN, List.of(ahead), new ImportSource("x.csv", "00", 1)));

        assertEquals("date", e.field());
        assertTrue(e.getMessage().contains("晚于今天"), e.getMessage());
        assertEquals(0L, sessions());
    }

    @Test
    void theTemplateUploadedUnchangedIsRefusedAndItsExampleRowIsSkipped() {
        UnchangedTemplate.assertRefusedInEveryFormat(() -> sheets.tables().sessionTemplate(County.ADMIN),
                file -> sheets.importSessions(County.ADMIN, file, true));
        assertEquals(0L, sessions());
        // The template with a real row added below the example: only the real row is stored.
        String filled = TableText.csv(sheets.tables().sessionTemplate(County.ADMIN)).stripTrailing()
                + "\r\n县司法局,2024-03-05,集体学法,学习预算法,,,,,\r\n";
        assertEquals(1, sheets.importSessions(County.ADMIN, SheetFile.of(filled.getBytes(StandardCharsets.UTF_8), "填好的模板.csv")));
        assertEquals(1L, sessions());
    }

    private static final String TWO = "单位,日期,类型,主题\r\n县司法局,2024-03-05,集体学法,学习预算法\r\n"
            + "县财政局,2024-03-06,集体学法,学习民法典\r\n";

    /** Two sessions of 县司法局 and 县财政局 as a CSV upload. */
    private static SheetFile two() {
        return SheetFile.of(TWO.getBytes(StandardCharsets.UTF_8), "学法.csv");
    }

    @Test
    void theSameFileTwiceIsRefusedWithTheEarlierImportUnlessForced() {
        SheetFile file = two();
        assertEquals(2, sheets.importSessions(County.ADMIN, file));

        ImportRejected e = assertThrows(ImportRejected.class, () -> sheets.importSessions(County.ADMIN, file));

        assertEquals(ImportProblem.ALREADY_IMPORTED, e.problem().error());
        assertTrue(e.getMessage().startsWith("该文件已于"), e.getMessage());
        assertTrue(e.getMessage().contains("由 " + County.ADMIN.username() + " 导入(共2条),未重复导入"), e.getMessage());
        assertTrue(e.getMessage().contains("仍要导入"), e.getMessage());
        assertEquals(2L, sessions(), "nothing is stored the second time");

        assertEquals(2, sheets.importSessions(County.ADMIN, file, true));
        assertEquals(4L, sessions());
    }

    @Test
    void aRowRepeatingAStoredSessionIsNamedUnlessForced() {
        assertEquals(2, sheets.importSessions(County.ADMIN, two()));
        // Another file (other bytes) whose third row repeats the second stored session.
        String other = "单位,日期,类型,主题,主讲人\r\n县司法局,2024-03-07,集体学法,学习宪法,张三\r\n"
                + "县财政局,2024-03-06,集体学法,学习民法典,李四\r\n";
        SheetFile file = SheetFile.of(other.getBytes(StandardCharsets.UTF_8), "又一份.csv");

        ImportRejected e = assertThrows(ImportRejected.class, () -> sheets.importSessions(County.ADMIN, file));

        assertEquals(1, e.problem().errors().size(), e.problem().errors().toString());
        assertEquals(3, e.problem().errors().get(0).row());
        assertEquals("第3行与已有的学法记录重复(同一单位、日期、类型、主题)", e.problem().errors().get(0).message());
        assertEquals(2L, sessions());

        assertEquals(2, sheets.importSessions(County.ADMIN, file, true));
        assertEquals(4L, sessions());
    }

    @Test
    void anExportImportsAgainOnlyWhenForced() {
        assertEquals(2, sheets.importSessions(County.ADMIN, two()));
        SheetFile exported = SheetFile.of(TableText.xlsx(sheets.tables().sessions(County.ADMIN,
                new SessionFilter(null, null, null, null))), "导出.xlsx");
        ImportRejected e = assertThrows(ImportRejected.class, () -> sheets.importSessions(County.ADMIN, exported));
        assertEquals(2, e.problem().errors().size());
        assertEquals(2, sheets.importSessions(County.ADMIN, exported, true));
        assertEquals(4L, sessions());
    }

    @Test
    void resultsKnowTheirFilePerBatchAndSkipTheTemplateExample() {
        ExamBatch one = c.training.exams().createBatch(County.ADMIN, new ExamBatch(null, c.county.id(), LocalDate.of(2024, 3, 10),
                Track.NON_NPC, "A", 100, 60, null, null, 0));
        ExamBatch two = c.training.exams().createBatch(County.ADMIN, new ExamBatch(null, c.county.id(), LocalDate.of(2024, 4, 10),
                Track.NON_NPC, "A", 100, 60, null, null, 0));
        byte[] template = TableText.bytes(sheets.tables().resultTemplate(County.ADMIN), ExportFormat.CSV);
        ImportRejected onlyExample = assertThrows(ImportRejected.class,
                () -> sheets.importResults(County.ADMIN, one.id(), SheetFile.of(template, "模板.csv")));
        assertEquals(TemplateExamples.ONLY_EXAMPLES, onlyExample.getMessage());

        String filled = new String(template, StandardCharsets.UTF_8).stripTrailing() + "\r\n张三,县司法局,科员,科长,80,否,\r\n";
        SheetFile file = SheetFile.of(filled.getBytes(StandardCharsets.UTF_8), "成绩.csv");
        assertEquals(1, sheets.importResults(County.ADMIN, one.id(), file));
        ImportRejected twice = assertThrows(ImportRejected.class, () -> sheets.importResults(County.ADMIN, one.id(), file));
        assertEquals(ImportProblem.ALREADY_IMPORTED, twice.problem().error());
        assertEquals(1, c.training.exams().results(County.ADMIN, one.id()).size());
        // Another batch is another target; forced, the same batch takes it again.
        assertEquals(1, sheets.importResults(County.ADMIN, two.id(), file));
        assertEquals(1, sheets.importResults(County.ADMIN, one.id(), file, true));
        assertEquals(2, c.training.exams().results(County.ADMIN, one.id()).size());
    }

    private static final String RESULT_HEADER = "姓名,单位,现任职务,拟任职务,成绩,是否缺考,补考原成绩编号\r\n";

    private ExamBatch batch(LocalDate day) {
        return c.training.exams().createBatch(County.ADMIN, new ExamBatch(null, c.county.id(), day, Track.NON_NPC, "A",
                100, 60, null, null, 0));
    }

    private static SheetFile results(String rows, String name) {
        return SheetFile.of((RESULT_HEADER + rows).getBytes(StandardCharsets.UTF_8), name);
    }

    private static List<String> rowErrors(ImportRejected e) {
        return e.problem().errors().stream().map(r -> r.row() + " " + r.message()).toList();
    }

    @Test
    void aRowRepeatingAResultOfTheBatchOrAnotherRowIsNamedAndNothingIsStored() {
        ExamBatch one = batch(LocalDate.of(2024, 3, 10));
        String good = "导入考生一,县司法局,科员,副科长,88,否,\r\n导入考生二,城关镇人民政府,科员,所长,,是,\r\n";
        assertEquals(2, sheets.importResults(County.ADMIN, one.id(), results(good, "成绩.csv")));

        // The same rows and an empty line: other bytes, so only the rows can tell it is the same sitting.
        ImportRejected again = assertThrows(ImportRejected.class,
                () -> sheets.importResults(County.ADMIN, one.id(), results(good + "\r\n", "成绩2.csv")));
        assertEquals(List.of("2 第2行与本批次已有的测试成绩重复(同一单位的同一考生)",
                "3 第3行与本批次已有的测试成绩重复(同一单位的同一考生)"), rowErrors(again));
        assertEquals(2, c.training.exams().results(County.ADMIN, one.id()).size());

        // Two rows of one file naming one candidate; the namesake of another unit is another person.
        String twice = "新考生,县财政局,科员,科长,75,否,\r\n导入考生一,县财政局,科员,科长,80,否,\r\n新考生,县财政局,科员,科长,76,否,\r\n";
        ImportRejected inFile = assertThrows(ImportRejected.class,
                () -> sheets.importResults(County.ADMIN, one.id(), results(twice, "成绩3.csv")));
        assertEquals(List.of("4 第4行与第2行重复(同一单位的同一考生)"), rowErrors(inFile));
        assertEquals(2, c.training.exams().results(County.ADMIN, one.id()).size());

        // The import page's 仍要导入 box takes rows repeating stored results, as for study sessions.
        assertEquals(2, sheets.importResults(County.ADMIN, one.id(), results(good + "\r\n", "成绩2.csv"), true));
        assertEquals(4, c.training.exams().results(County.ADMIN, one.id()).size());

        // Forced, namesakes of one unit in one file are taken as the two people the user confirmed they are (an
        // imported row carries no person id to tell them apart).
        assertEquals(3, sheets.importResults(County.ADMIN, one.id(), results(twice, "成绩3.csv"), true));
        assertEquals(7, c.training.exams().results(County.ADMIN, one.id()).size());
    }

    @Test
    void aRetakeIsAResultOfItsOwnAndTheSamePersonIsMatchedByTheirRecord() {
        ExamBatch one = batch(LocalDate.of(2024, 3, 10));
        ExamBatch two = batch(LocalDate.of(2024, 4, 10));
        assertEquals(1, sheets.importResults(County.ADMIN, one.id(), results("张三,县司法局,科员,科长,50,否,\r\n", "一.csv")));
        long failed = c.training.exams().results(County.ADMIN, one.id()).get(0).id();
        assertEquals(1, sheets.importResults(County.ADMIN, two.id(), results("张三,县司法局,科员,科长,70,否,\r\n", "二.csv")));

        assertEquals(1, sheets.importResults(County.ADMIN, two.id(),
                results("张三,县司法局,科员,科长,80,否," + failed + "\r\n", "补考.csv")));
        assertEquals(2, c.training.exams().results(County.ADMIN, two.id()).size());

        // A result typed for the person 李科员 is the same candidate as a row naming 李科员 of that unit.
        c.training.exams().addResult(County.ADMIN, two.id(), new org.fazhi.training.exam.ExamResult(null, two.id(), "李科员",
                c.li.id(), c.justice.id(), "科员", "科长", 90.0, false, null, null));
        ImportRejected e = assertThrows(ImportRejected.class, () -> sheets.importResults(County.ADMIN, two.id(),
                results("李科员,县司法局,科员,科长,90,否,\r\n", "李.csv")));
        assertEquals(List.of("2 第2行与本批次已有的测试成绩重复(同一单位的同一考生)"), rowErrors(e));
    }

    @Test
    void anExportOfResultsImportsAgainOnlyWhenForcedAndWritesScoresPlain() {
        ExamBatch one = batch(LocalDate.of(2024, 3, 10));
        assertEquals(3, sheets.importResults(County.ADMIN, one.id(), results(
                "甲,县司法局,科员,科长,70,否,\r\n乙,县司法局,科员,科长,70.5,否,\r\n丙,城关镇人民政府,科员,所长,,是,\r\n", "成绩.csv")));
        String csv = TableText.csv(sheets.tables().results(County.ADMIN, one.id()));
        assertTrue(csv.contains(",甲,县司法局,科员,科长,70,否,,合格") && csv.contains(",乙,县司法局,科员,科长,70.5,否,"), csv);
        assertTrue(!csv.contains("E+"), csv);

        for (ExportFormat f : ExportFormat.values()) {
            SheetFile exported = SheetFile.of(TableText.bytes(sheets.tables().results(County.ADMIN, one.id()), f),
                    "导出." + f.extension());
            ImportRejected e = assertThrows(ImportRejected.class, () -> sheets.importResults(County.ADMIN, one.id(), exported));
            assertEquals(3, e.problem().errors().size(), f + " " + e.problem().errors());
            assertEquals(3, c.training.exams().results(County.ADMIN, one.id()).size());
        }
    }
}
